using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 6: a cohort of SOP D walks D1 → D9 with certification (and a second one jumps from training to monev),
/// participants registered one by one, from CSV and from XLSX (bad files rejected whole), bulk transitions, NIK
/// validation and masking, PPSDM's queue, the step 8 quarter rule on a fake clock, the public certificate
/// verification, assignments to businesses of the Pembinaan registry, and unit/role scoping.
/// </summary>
public class FasilitatorAlurTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static object Peserta(string nama, string nik) => new
    {
        nama,
        nik,
        telepon = "081234567890",
        email = $"{nama.Split(' ')[0].ToLowerInvariant()}@contoh.id",
        provinsi = "Bengkulu",
        kabupatenKota = "Kota Bengkulu",
        instansiPenugas = "Dinas Kesehatan Kota Bengkulu",
        perjanjian = "PKS 12/2026",
    };

    private static async Task<HttpResponseMessage> ImporAsync(HttpClient c, string angkatanId, string nama, byte[] isi)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(isi);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "berkas", nama);
        return await c.PostAsync($"/api/fasilitator/angkatan/{angkatanId}/peserta/impor", form);
    }

    private static JsonElement PesertaBernama(JsonElement angkatan, string nama) =>
        angkatan.GetProperty("peserta").EnumerateArray().Single(p => p.GetProperty("nama").GetString() == nama);

    private static string[] Ids(JsonElement angkatan, params string[] nama) =>
        nama.Select(n => PesertaBernama(angkatan, n).GetProperty("id").GetString()!).ToArray();

    private static Task<HttpResponseMessage> TransisiAsync(HttpClient c, string id, string aksi, string[] peserta, string? hasil = null, string? catatan = null) =>
        c.PostAsJsonAsync($"/api/fasilitator/angkatan/{id}/peserta/transisi", new { pesertaIds = peserta, aksi, hasilPelatihan = hasil, catatan });

    private async Task<(HttpClient Pusat, HttpClient Kepala, HttpClient Ppsdm, HttpClient Upt, string Bengkulu)> PenggunaAsync()
    {
        var pusat = await api.LoginAsync("pusat.pmpu.pangan");
        var units = await (await pusat.GetAsync("/api/unit-kerja?cari=Balai%20POM%20di%20Bengkulu")).JsonAsync(HttpStatusCode.OK);
        var bengkulu = units.EnumerateArray().Single(u => u.GetProperty("nama").GetString() == "Balai POM di Bengkulu").GetProperty("id").GetString()!;
        return (pusat, await api.LoginAsync("kepala.pmpu.pangan"), await api.LoginAsync("ppsdm"), await api.LoginAsync("upt.bengkulu"), bengkulu);
    }

    [Fact]
    public async Task A_cohort_runs_D1_to_D9_with_certification_and_its_certificate_is_verified_publicly()
    {
        api.Pada(1, 5); // Monday 5 January 2026
        var (pusat, kepala, ppsdm, upt, bengkulu) = await PenggunaAsync();

        // Only a directorate running SOP D forms a cohort.
        var data = new { nama = "Angkatan I 2026", dasarKegiatan = "Usulan kegiatan 2026", uptIds = new[] { bengkulu }, pendaftaranMulai = "2026-01-05", pendaftaranSelesai = "2026-01-30", lembagaPelatihan = "LPK Pangan Nusantara" };
        await (await upt.PostAsJsonAsync("/api/fasilitator/angkatan", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await ppsdm.PostAsJsonAsync("/api/fasilitator/angkatan", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var angkatan = await (await pusat.PostAsJsonAsync("/api/fasilitator/angkatan", data)).JsonAsync(HttpStatusCode.Created);
        var id = angkatan.GetProperty("id").GetString()!;
        var iid = angkatan.GetProperty("instans").GetProperty("id").GetString()!;
        Assert.Equal("Pelaksana", Langkah(angkatan.GetProperty("instans"), "D2").GetProperty("penugasan")[0].GetProperty("jenis").GetString());

        // D1 (40 HK from 5 Jan, across Isra Mikraj 16 Jan, Imlek 16–17 Feb) → 5 Mar.
        var instans = await MulaiAsync(pusat, iid, "D1");
        Assert.Equal(("Berjalan", "2026-03-05", "TepatWaktu"), Keadaan(instans, "D1"));

        // Registration: NIK validated; one person per NIK; bad files rejected whole with every bad row named.
        await (await pusat.PostAsJsonAsync($"/api/fasilitator/angkatan/{id}/peserta", Peserta("Ani Lestari", "1771234567890001")))
            .AssertValidationProblemAsync("peserta.nik"); // month 45: not a date
        angkatan = await (await pusat.PostAsJsonAsync($"/api/fasilitator/angkatan/{id}/peserta", Peserta("Ani Lestari", "1771054506900001"))).JsonAsync(HttpStatusCode.OK);
        await (await pusat.PostAsJsonAsync($"/api/fasilitator/angkatan/{id}/peserta", Peserta("Ani L.", "1771054506900001"))).AssertValidationProblemAsync("peserta.nik");
        var csvBuruk = "nama,nik,telepon,email,provinsi,kabupaten_kota,instansi_penugas,perjanjian\n" +
            "Budi Santoso,1771010101800002,0811111111,budi@contoh.id,Bengkulu,Kota Bengkulu,Dinkes,PKS 1\n" +
            "Citra Dewi,12345,0812,citra@,Bengkulu,,Dinkes,\n" +
            "Budi Kembar,1771010101800002,,,Bengkulu,Kota Bengkulu,Dinkes,\n";
        var buruk = await (await ImporAsync(pusat, id, "peserta.csv", Encoding.UTF8.GetBytes(csvBuruk))).AssertValidationProblemAsync(
            "baris[3].nik", "baris[3].telepon", "baris[3].email", "baris[3].kabupaten_kota", "baris[4].nik");
        Assert.False(buruk.GetProperty("errors").TryGetProperty("baris[2].nik", out _));
        Assert.Single((await (await pusat.GetAsync($"/api/fasilitator/angkatan/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("peserta").EnumerateArray());
        await (await ImporAsync(pusat, id, "peserta.csv", Encoding.UTF8.GetBytes("nama,telepon\nX,1\n"))).AssertValidationProblemAsync("berkas");
        var csv = "nama,nik,telepon,email,provinsi,kabupaten_kota,instansi_penugas,perjanjian\n" +
            "Budi Santoso,1771010101800002,0811111111,budi@contoh.id,Bengkulu,Kota Bengkulu,Dinkes Kota Bengkulu,PKS 1\n" +
            "Citra Dewi,1771024412850003,,,Bengkulu,Kota Bengkulu,PKK Kota Bengkulu,\n";
        angkatan = await (await ImporAsync(pusat, id, "peserta.csv", Encoding.UTF8.GetBytes(csv))).JsonAsync(HttpStatusCode.OK);

        // The participating UPT registers its own people from XLSX.
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["nama"] = "Dodi Pratama", ["nik"] = "1702031203910004", ["telepon"] = "", ["email"] = "", ["provinsi"] = "Bengkulu", ["kabupaten_kota"] = "Kabupaten Rejang Lebong", ["instansi_penugas"] = "Pemkab Rejang Lebong", ["perjanjian"] = "" },
        });
        angkatan = await (await ImporAsync(upt, id, "peserta.xlsx", xlsx.ToArray())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(bengkulu, PesertaBernama(angkatan, "Dodi Pratama").GetProperty("uptId").GetString());

        // NIK masking: the UPT sees it masked, PPSDM and the directorate whole.
        Assert.Equal("1771********0001", PesertaBernama(await (await upt.GetAsync($"/api/fasilitator/angkatan/{id}")).JsonAsync(HttpStatusCode.OK), "Ani Lestari").GetProperty("nik").GetString());
        Assert.Equal("1771054506900001", PesertaBernama(await (await ppsdm.GetAsync($"/api/fasilitator/angkatan/{id}")).JsonAsync(HttpStatusCode.OK), "Ani Lestari").GetProperty("nik").GetString());
        Assert.Equal("1771054506900001", PesertaBernama(await (await pusat.GetAsync($"/api/fasilitator/angkatan/{id}")).JsonAsync(HttpStatusCode.OK), "Ani Lestari").GetProperty("nik").GetString());

        // Recruitment needs D2 running.
        var semua = Ids(angkatan, "Ani Lestari", "Budi Santoso", "Citra Dewi");
        await (await TransisiAsync(pusat, id, "Rekrut", semua)).AssertProblemAsync(HttpStatusCode.Conflict);
        api.Pada(1, 12);
        await SelesaikanLangkahAsync(pusat, kepala, iid, "D1");
        angkatan = await (await TransisiAsync(pusat, id, "Rekrut", semua)).JsonAsync(HttpStatusCode.OK);
        Assert.All(semua.Select(s => angkatan.GetProperty("peserta").EnumerateArray().Single(p => p.GetProperty("id").GetString() == s)),
            p => Assert.Equal("Direkrut", p.GetProperty("status").GetString()));
        // The UPT recruits only its own people; all or nothing.
        var dodi = Ids(angkatan, "Dodi Pratama")[0];
        await (await TransisiAsync(upt, id, "Rekrut", [dodi, semua[0]])).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await TransisiAsync(upt, id, "Rekrut", [dodi])).JsonAsync(HttpStatusCode.OK);
        await (await TransisiAsync(pusat, id, "Rekrut", [semua[0]])).AssertProblemAsync(HttpStatusCode.Conflict); // already recruited

        // D2 waits for the UPT's recruitment report.
        await (await UnggahAsync(pusat, iid, "D2", "Output", "rekrutmen.pdf", Pdf("rekrut"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(pusat, iid, "D2", "Ajukan")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/D2/penugasan", new { catatan = "1 fasilitator direkrut di Rejang Lebong" })).JsonAsync(HttpStatusCode.OK);
        api.Pada(1, 19);
        await (await AksiAsync(pusat, iid, "D2", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "D2", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Berjalan", "2026-01-26", "TepatWaktu"), Keadaan(instans, "D3")); // 5 HK

        // D3: PPSDM trains; its queue lists the recruits; results in bulk ("mark trained").
        var antrean = await (await ppsdm.GetAsync("/api/fasilitator/antrean-ppsdm")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, antrean.EnumerateArray().Count(a => a.GetProperty("aksiBerikut").GetString() == "CatatPelatihan"));
        await (await upt.GetAsync("/api/fasilitator/antrean-ppsdm")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await TransisiAsync(pusat, id, "CatatPelatihan", semua, "Kompeten")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await TransisiAsync(ppsdm, id, "CatatPelatihan", semua, null)).AssertValidationProblemAsync("hasilPelatihan");
        await (await TransisiAsync(ppsdm, id, "CatatPelatihan", Ids(angkatan, "Ani Lestari", "Budi Santoso"), "Kompeten")).JsonAsync(HttpStatusCode.OK);
        await (await TransisiAsync(ppsdm, id, "CatatPelatihan", [Ids(angkatan, "Citra Dewi")[0], dodi], "BelumKompeten")).JsonAsync(HttpStatusCode.OK);
        api.Pada(1, 21);
        await SelesaikanLangkahAsync(ppsdm, kepala, iid, "D3");

        // D4: competency certificates only for the competent.
        var ani = Ids(angkatan, "Ani Lestari")[0];
        var citra = Ids(angkatan, "Citra Dewi")[0];
        var skBody = new { nomor = "LSP-PO/2026/0001", skema = "Fasilitator Keamanan Pangan", lsp = "LSP Pangan Indonesia", tanggal = "2026-01-22", berlakuSampai = "2029-01-21" };
        await (await ppsdm.PostAsJsonAsync($"/api/fasilitator/peserta/{citra}/sertifikat-kompetensi", skBody with { nomor = "LSP-PO/2026/0009" })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await pusat.PostAsJsonAsync($"/api/fasilitator/peserta/{ani}/sertifikat-kompetensi", skBody)).AssertProblemAsync(HttpStatusCode.Forbidden);
        angkatan = await (await ppsdm.PostAsJsonAsync($"/api/fasilitator/peserta/{ani}/sertifikat-kompetensi", skBody)).JsonAsync(HttpStatusCode.OK);
        await (await ppsdm.PostAsJsonAsync($"/api/fasilitator/peserta/{Ids(angkatan, "Budi Santoso")[0]}/sertifikat-kompetensi", skBody)).AssertValidationProblemAsync("nomor");
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("CatatSertifikatKompetensi"), "sertifikat");
            var file = new ByteArrayContent(Pdf("sertifikat kompetensi"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "berkas", "sk-ani.pdf");
            angkatan = await (await ppsdm.PostAsync($"/api/fasilitator/peserta/{ani}/pindaian", form)).JsonAsync(HttpStatusCode.OK);
        }

        Assert.NotEqual(JsonValueKind.Null, PesertaBernama(angkatan, "Ani Lestari").GetProperty("sertifikatKompetensi").GetProperty("dokumenId").ValueKind);
        api.Pada(1, 26);
        await SelesaikanLangkahAsync(ppsdm, kepala, iid, "D4");
        api.Pada(1, 28);
        instans = await SelesaikanLangkahAsync(pusat, kepala, iid, "D5");
        Assert.Equal("Berjalan", Keadaan(instans, "D6").Status);

        // D6: the recognition certificate, ratified (here by the Pimpinan).
        var pimpinan = await api.LoginAsync("pimpinan");
        var spBody = new { nomor = "FKP/2026/001", disahkanOleh = "Kepala Badan POM", tanggal = "2026-02-27", berlakuSampai = "2026-12-31" };
        angkatan = await (await pimpinan.PostAsJsonAsync($"/api/fasilitator/peserta/{ani}/sertifikat-pengakuan", spBody)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Diakui", PesertaBernama(angkatan, "Ani Lestari").GetProperty("status").GetString());
        Assert.Equal(
            ["Daftar", "Rekrut", "CatatPelatihan", "CatatSertifikatKompetensi", "CatatSertifikatPengakuan"],
            PesertaBernama(angkatan, "Ani Lestari").GetProperty("riwayat").EnumerateArray().Select(r => r.GetProperty("aksi").GetString()!));
        Assert.Equal("pimpinan", PesertaBernama(angkatan, "Ani Lestari").GetProperty("riwayat")[4].GetProperty("olehNama").GetString());
        api.Pada(3, 2);
        await (await UnggahAsync(ppsdm, iid, "D6", "Output", "sk-pengakuan.pdf", Pdf("sk"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(ppsdm, iid, "D6", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "D6", "Setujui")).JsonAsync(HttpStatusCode.OK);

        // D7 monev approved on Mon 30 Mar → D8 starts 30 Mar: 10 HK would be 14 Apr (3 Apr Good Friday), but the report
        // is due by the 10th day after the quarter → 10 Apr.
        api.Pada(3, 30);
        instans = await SelesaikanLangkahAsync(pusat, kepala, iid, "D7");
        Assert.Equal(("Berjalan", "2026-04-10", "TepatWaktu"), Keadaan(instans, "D8"));
        api.Pada(4, 8);
        await SelesaikanLangkahAsync(pusat, kepala, iid, "D8");
        instans = await SelesaikanLangkahAsync(pusat, kepala, iid, "D9");
        Assert.Equal("Selesai", instans.GetProperty("status").GetString());

        // Public verification: no login, no NIK or contact; malformed numbers 400, unknown 404.
        var publik = api.CreateClient();
        var v = await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP%2F2026%2F001")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Ani Lestari", "Berlaku", "2026-12-31"), (v.GetProperty("nama").GetString(), v.GetProperty("status").GetString(), v.GetProperty("berlakuSampai").GetString()));
        var teks = v.GetRawText();
        Assert.DoesNotContain("1771054506900001", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("081234567890", teks, StringComparison.Ordinal);
        Assert.DoesNotContain("@contoh.id", teks, StringComparison.Ordinal);
        Assert.Equal(["nomor", "nama", "status", "disahkanOleh", "tanggalPengesahan", "berlakuSampai", "angkatan"], v.EnumerateObject().Select(p => p.Name));
        await (await publik.GetAsync("/api/fasilitator/sertifikat/x")).AssertValidationProblemAsync("nomor");
        await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP%202026%3B001")).AssertValidationProblemAsync("nomor");
        await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP-2026-999")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Ani Lestari", (await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP/2026/001")).JsonAsync(HttpStatusCode.OK)).GetProperty("nama").GetString());
        var qr = await publik.GetAsync("/api/fasilitator/qr-sertifikat/FKP/2026/001");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        var svg = await qr.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await publik.GetAsync("/api/fasilitator/qr-sertifikat/FKP-2026-999")).StatusCode);

        // Registry search by certificate number and status; the profile shows every cohort.
        var cari = await (await upt.GetAsync("/api/fasilitator?nomorSertifikat=FKP/2026/001")).JsonAsync(HttpStatusCode.OK);
        var baris = cari.GetProperty("item").EnumerateArray().Single();
        Assert.Equal(("Ani Lestari", "Diakui", "1771********0001"), (baris.GetProperty("nama").GetString(), baris.GetProperty("status").GetString(), baris.GetProperty("nik").GetString()));
        var dilatih = (await (await pusat.GetAsync("/api/fasilitator?status=Dilatih&ukuran=100")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray()
            .Select(f => f.GetProperty("nama").GetString()!).ToList();
        Assert.Subset(dilatih.ToHashSet(), new HashSet<string> { "Budi Santoso", "Citra Dewi", "Dodi Pratama" });
        Assert.DoesNotContain("Ani Lestari", dilatih);
        // By the unit that ran the latest cohort (issue 17.2), and exported as filtered with the NIK as the list shows it.
        var unitPusat = (await (await pusat.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString();
        Assert.Equal(
            (await (await pusat.GetAsync("/api/fasilitator")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32(),
            (await (await pusat.GetAsync($"/api/fasilitator?unitId={unitPusat}")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await pusat.GetAsync($"/api/fasilitator?unitId={bengkulu}")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var eksporAni = await (await upt.GetAsync("/api/fasilitator/xlsx?nomorSertifikat=FKP/2026/001")).XlsxAsync();
        Assert.Equal([("Ani Lestari", "1771********0001", "Diakui", "FKP/2026/001")],
            eksporAni.Select(b => ((string)b["Nama"]!, (string)b["NIK"]!, (string)b["Status"]!, (string)b["Nomor sertifikat pengakuan"]!)));
        Assert.Equal(dilatih.Order(StringComparer.Ordinal), (await (await pusat.GetAsync("/api/fasilitator/xlsx?status=Dilatih")).XlsxAsync())
            .Select(b => (string)b["Nama"]!).Order(StringComparer.Ordinal));
        await (await pusat.GetAsync("/api/fasilitator/xlsx?status=Entah")).AssertValidationProblemAsync("status");

        // The cohort list: by province of the running unit, and exported.
        Assert.Equal(0, (await (await pusat.GetAsync("/api/fasilitator/angkatan?provinsi=Atlantis")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var eksporAngkatan = await (await pusat.GetAsync("/api/fasilitator/angkatan/xlsx")).XlsxAsync();
        Assert.Contains(angkatan.GetProperty("nama").GetString(), eksporAngkatan.Select(b => (string)b["Judul"]!));

        // Assignment: a recognised facilitator mentors a business of the Pembinaan registry; others cannot be assigned.
        var pembinaan = await (await upt.PostAsJsonAsync("/api/pembinaan", DataPembinaan(
            "Pendampingan IRTP", "IRTP Bay Tat Ani", "8120001112223", "Bengkulu", "Kota Bengkulu", "2026-04-13", "2026-06-30"))).JsonAsync(HttpStatusCode.Created);
        var usaha = pembinaan.GetProperty("sasaran")[0].GetProperty("id").GetString();
        var aniId = PesertaBernama(angkatan, "Ani Lestari").GetProperty("fasilitatorId").GetString();
        var profil = await (await upt.PostAsJsonAsync($"/api/fasilitator/{aniId}/pendampingan", new { sasaranPembinaanId = usaha, mulai = "2026-04-13" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("IRTP Bay Tat Ani", "8120001112223"), (profil.GetProperty("pendampingan")[0].GetProperty("namaUsaha").GetString(), profil.GetProperty("pendampingan")[0].GetProperty("nib").GetString()));
        var budiId = PesertaBernama(angkatan, "Budi Santoso").GetProperty("fasilitatorId").GetString();
        await (await upt.PostAsJsonAsync($"/api/fasilitator/{budiId}/pendampingan", new { namaUsaha = "UD Lain", mulai = "2026-04-13" })).AssertProblemAsync(HttpStatusCode.Conflict);

        // Stopping a recognised facilitator revokes the certificate publicly; an expired one says so.
        api.Pada(12, 31);
        Assert.Equal("Berlaku", (await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP%2F2026%2F001")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        api.Clock.Reset(NodaTime.Instant.FromUtc(2027, 1, 2, 2, 0));
        Assert.Equal("Kedaluwarsa", (await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP%2F2026%2F001")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        pusat = await api.LoginAsync("pusat.pmpu.pangan"); // a year later: a new session
        await (await TransisiAsync(pusat, id, "Hentikan", [ani], catatan: "Pindah tugas ke luar negeri")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dicabut", (await (await publik.GetAsync("/api/fasilitator/sertifikat/FKP%2F2026%2F001")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

        // Scope: a UPT not taking part, and the Bengkulu Loka, do not see the cohort.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.d", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/fasilitator/angkatan/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await jambi.GetAsync("/api/fasilitator")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await (await api.LoginAsync("loka.rejanglebong")).GetAsync($"/api/fasilitator/{aniId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Training_not_followed_by_certification_jumps_to_monev()
    {
        api.Pada(5, 4); // Monday 4 May 2026
        var (pusat, kepala, ppsdm, _, _) = await PenggunaAsync();
        var angkatan = await (await pusat.PostAsJsonAsync("/api/fasilitator/angkatan", new
        {
            nama = "Angkatan II 2026 (pelatihan saja)",
            dasarKegiatan = "Permintaan Pemda",
            uptIds = Array.Empty<string>(),
            pendaftaranMulai = "2026-05-04",
            pendaftaranSelesai = "2026-05-15",
            lembagaPelatihan = "LPK Pangan Nusantara",
        })).JsonAsync(HttpStatusCode.Created);
        var id = angkatan.GetProperty("id").GetString()!;
        var iid = angkatan.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(pusat, iid, "D1");
        angkatan = await (await pusat.PostAsJsonAsync($"/api/fasilitator/angkatan/{id}/peserta", Peserta("Eko Saputra", "3201011505880005"))).JsonAsync(HttpStatusCode.OK);
        var eko = Ids(angkatan, "Eko Saputra");
        await SelesaikanLangkahAsync(pusat, kepala, iid, "D1");
        await (await TransisiAsync(pusat, id, "Rekrut", eko)).JsonAsync(HttpStatusCode.OK);
        await SelesaikanLangkahAsync(pusat, kepala, iid, "D2");
        await (await TransisiAsync(ppsdm, id, "CatatPelatihan", eko, "Kompeten")).JsonAsync(HttpStatusCode.OK);
        await SelesaikanLangkahAsync(ppsdm, kepala, iid, "D3");

        // The jump: D4, D5 and D6 skipped with a reason (D7 may not be); D7 then starts from the training result.
        await (await AksiAsync(pusat, iid, "D4", "Lewati")).AssertValidationProblemAsync("alasan");
        await (await AksiAsync(ppsdm, iid, "D4", "Lewati", "Pelatihan tidak dilanjutkan sertifikasi")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(pusat, iid, "D5", "Lewati", "Tidak ada sertifikat kompetensi")).JsonAsync(HttpStatusCode.OK);
        var instans = await (await AksiAsync(ppsdm, iid, "D6", "Lewati", "Tidak ada pengajuan")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Dilewati", "Dilewati", "Dilewati"], new[] { "D4", "D5", "D6" }.Select(k => Keadaan(instans, k).Status));
        instans = await (await AksiAsync(pusat, iid, "D7", "Mulai")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Berjalan", Keadaan(instans, "D7").Status);
        await (await AksiAsync(pusat, iid, "D7", "Lewati", "x")).AssertProblemAsync(HttpStatusCode.Conflict);

        // No certificate can be recorded in a skipped step.
        await (await ppsdm.PostAsJsonAsync($"/api/fasilitator/peserta/{eko[0]}/sertifikat-kompetensi",
            new { nomor = "LSP-PO/2026/0100", skema = "x", lsp = "y", tanggal = "2026-05-20" })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_quarterly_monev_report_is_opened_reminded_and_escalated_once_per_unit()
    {
        api.Pada(6, 1); // Monday 1 June 2026
        var (pusat, _, _, upt, bengkulu) = await PenggunaAsync();
        var kepala = await api.LoginAsync("kepala.pmpu.pangan");
        var nama = $"Angkatan monev {Guid.NewGuid():N}"[..30];
        var a = await (await pusat.PostAsJsonAsync("/api/fasilitator/angkatan", new
        {
            nama,
            dasarKegiatan = "Usulan",
            uptIds = new[] { bengkulu },
            pendaftaranMulai = "2026-06-01",
            pendaftaranSelesai = "2026-06-19",
            lembagaPelatihan = "LPK",
        })).JsonAsync(HttpStatusCode.Created);
        var id = a.GetProperty("id").GetString();

        async Task<List<JsonElement>> LaporanAsync(HttpClient c) =>
            (await (await c.GetAsync("/api/fasilitator/monev-triwulan?tahun=2026")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Where(l => l.GetProperty("angkatanId").GetString() == id).ToList();
        async Task<List<string>> JudulAsync(HttpClient c) =>
            (await NotifikasiAsync(c)).EnumerateArray().Select(n => n.GetProperty("judul").GetString()!).Where(j => j.Contains(nama, StringComparison.Ordinal)).ToList();

        // Nothing before the quarter ends.
        await api.JalankanMonevTriwulanAsync();
        Assert.Empty(await LaporanAsync(pusat));

        // 1 July: the Q2 reports open for the directorate and the UPT, due 10 July; a second run changes nothing.
        api.Pada(7, 1);
        await api.JalankanMonevTriwulanAsync();
        await api.JalankanMonevTriwulanAsync();
        var laporan = await LaporanAsync(pusat);
        Assert.Equal(
            [("Balai POM di Bengkulu", 2, "2026-07-10"), ("Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan", 2, "2026-07-10")],
            laporan.Select(l => (l.GetProperty("namaUnit").GetString()!, l.GetProperty("triwulan").GetInt32(), l.GetProperty("jatuhTempo").GetString()!)).Order());
        Assert.Equal([$"Laporan monev TW2 2026 {nama} dibuka"], await JudulAsync(upt));

        // 7 July (3 days before): one reminder per unit, however often the job runs.
        api.Pada(7, 7);
        await Task.WhenAll(api.JalankanMonevTriwulanAsync(), api.JalankanMonevTriwulanAsync());
        await api.JalankanMonevTriwulanAsync();
        Assert.Single(await JudulAsync(upt), j => j.StartsWith("Pengingat", StringComparison.Ordinal));
        Assert.Single(await JudulAsync(pusat), j => j.StartsWith("Pengingat", StringComparison.Ordinal));

        // The UPT submits its report (only its own; once); the directorate does not.
        var milikUpt = (await LaporanAsync(upt)).Single(l => l.GetProperty("bolehKirim").GetBoolean());
        var idUpt = milikUpt.GetProperty("id").GetString();
        await (await pusat.PostAsJsonAsync($"/api/fasilitator/monev-triwulan/{idUpt}/kirim", new { ringkasan = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await upt.PostAsJsonAsync($"/api/fasilitator/monev-triwulan/{idUpt}/kirim", new { ringkasan = " " })).AssertValidationProblemAsync("ringkasan");
        var terkirim = await (await upt.PostAsJsonAsync($"/api/fasilitator/monev-triwulan/{idUpt}/kirim", new { ringkasan = "1 fasilitator aktif mendampingi 3 IRTP." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("upt.bengkulu", terkirim.GetProperty("dikirimOleh").GetString());
        await (await upt.PostAsJsonAsync($"/api/fasilitator/monev-triwulan/{idUpt}/kirim", new { ringkasan = "lagi" })).AssertProblemAsync(HttpStatusCode.Conflict);

        // 11 July: only the directorate's report is late — escalated once, to its staff and head; the UPT hears nothing more.
        api.Pada(7, 11);
        await api.JalankanMonevTriwulanAsync();
        await api.JalankanMonevTriwulanAsync();
        Assert.Single(await JudulAsync(kepala), j => j.StartsWith("Terlambat", StringComparison.Ordinal));
        Assert.Single(await JudulAsync(pusat), j => j.StartsWith("Terlambat", StringComparison.Ordinal));
        Assert.DoesNotContain(await JudulAsync(upt), j => j.StartsWith("Terlambat", StringComparison.Ordinal));
        Assert.True((await LaporanAsync(pusat)).Single(l => l.GetProperty("dikirimPada").ValueKind == JsonValueKind.Null).GetProperty("terlambat").GetBoolean());

        // Another UPT sees none of it.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.monev", "Balai POM di Jambi");
        Assert.Empty(await LaporanAsync(jambi));
    }
}

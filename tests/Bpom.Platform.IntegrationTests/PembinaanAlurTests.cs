using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 5, SOP B: a Balai runs a Pembinaan (OT, fungsi fasilitator) B1 → B6 through the REST API with HK due dates
/// across 17 and 25 August 2026; the surat rekomendasi and the report land in the right directorates' task lists, the
/// follow-up is reported by the Dit. Pengawasan before the step can be submitted; a Pusat-run Pangan Olahan CAPA
/// activity routes to the local UPT and is re-routed when its data changes; the business registry keeps one record
/// per business; scoping and bad input.
/// </summary>
public class PembinaanAlurTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static object Data(
        string judul, string komoditas, string fungsi, object[] sasaran, string? uptSetempatId = null, string mulai = "2026-07-06") => new
        {
            judul,
            asal = "SuratPermintaan",
            dasarKegiatan = "Surat Dinas Kesehatan No. 440/77/2026",
            komoditas,
            fungsi,
            bentuk = "Pendampingan",
            sasaran,
            jumlahPeserta = 12,
            lokasi = "Kota Bengkulu",
            tanggalRencanaMulai = mulai,
            tanggalRencanaSelesai = "2026-10-30",
            uptSetempatId,
        };

    private static object Usaha(string nama, string? nib, bool irtp = false) =>
        new { nama, jenis = "PelakuUsaha", nib, umkm = true, irtp, provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" };

    private static IEnumerable<(string Langkah, string Unit, string Jenis)> Rute(JsonElement instans) =>
        instans.GetProperty("langkah").EnumerateArray().SelectMany(l => l.GetProperty("penugasan").EnumerateArray()
            .Select(p => (l.GetProperty("kode").GetString()!, p.GetProperty("namaUnit").GetString()!, p.GetProperty("jenis").GetString()!)));

    private static JsonElement? Tugas(JsonElement tugas, string iid, string kode) =>
        tugas.EnumerateArray().Where(t => t.GetProperty("instansId").GetString() == iid && t.GetProperty("langkahKode").GetString() == kode)
            .Select(t => (JsonElement?)t).FirstOrDefault();

    private const string DitWasOtSk = "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan";
    private const string DitPmpuOtSkKos = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik";

    [Fact]
    public async Task A_Balai_walks_B1_to_B6_and_the_SOP_routing_lands_work_in_the_directorates_task_lists()
    {
        api.Pada(7, 6); // Monday 6 July 2026
        var upt = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");
        var was = await api.LoginAsync("pusat.was.otsk");
        var pmpu = await api.LoginAsync("pusat.pmpu.otskkos");

        var dibuat = await (await upt.PostAsJsonAsync("/api/pembinaan", Data(
            "Pendampingan CPOTB UMKM jamu Kota Bengkulu", "ObatTradisional", "Fasilitator",
            [Usaha("UD Jamu Sehat", "1234567890123"), Usaha("CV Rempah Raflesia", null)]))).JsonAsync(HttpStatusCode.Created);
        var iid = dibuat.GetProperty("instans").GetProperty("id").GetString()!;
        var instans = dibuat.GetProperty("instans");

        // Routing: the surat rekomendasi (B3) to Dit. Was OT-SK, the fasilitator report (B4) to Dit. PMPU OT-SK-Kos,
        // the follow-up (B5) by Dit. Was OT-SK; the Balai is the local UPT itself, so it is not routed to itself.
        Assert.Equal(
            [("B3", DitWasOtSk, "Penerima"), ("B4", DitPmpuOtSkKos, "Penerima"), ("B5", DitWasOtSk, "Pelaksana")],
            Rute(instans).ToList());
        Assert.Equal("Surat rekomendasi untuk sertifikasi sarana", Langkah(instans, "B3").GetProperty("output").GetString());
        Assert.Equal("Balai POM di Bengkulu", dibuat.GetProperty("namaUptSetempat").GetString());

        // B1: 20 HK from Mon 6 Jul → Mon 3 Aug.
        instans = await MulaiAsync(upt, iid, "B1");
        Assert.Equal(("Berjalan", "2026-08-03", "TepatWaktu"), Keadaan(instans, "B1"));

        // B1 approved on 13 Jul: B2 starts the same day, 40 HK across 17 and 25 August → Wed 9 Sep.
        api.Pada(7, 13);
        instans = await SelesaikanLangkahAsync(upt, kepala, iid, "B1");
        Assert.Equal(("Berjalan", "2026-09-09", "TepatWaktu"), Keadaan(instans, "B2"));

        // B3 (N/A) starts 20 Jul; nothing reaches the directorates before its output is approved.
        api.Pada(7, 20);
        instans = await SelesaikanLangkahAsync(upt, kepala, iid, "B2");
        Assert.Equal("Berjalan", Keadaan(instans, "B3").Status);
        Assert.Null(Tugas(await TugasAsync(was), iid, "B3"));
        await (await was.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B3/penugasan", new { catatan = (string?)null }))
            .AssertProblemAsync(HttpStatusCode.Conflict);

        // B3 approved on 27 Jul: Dit. Was OT-SK must acknowledge the surat rekomendasi; B4 (15 HK) is due Tue 18 Aug.
        api.Pada(7, 27);
        instans = await SelesaikanLangkahAsync(upt, kepala, iid, "B3");
        Assert.Equal(("Berjalan", "2026-08-18", "TepatWaktu"), Keadaan(instans, "B4"));
        var terima = Tugas(await TugasAsync(was), iid, "B3");
        Assert.NotNull(terima);
        Assert.Equal("Penerima", terima.Value.GetProperty("peran").GetString());
        Assert.Contains((await NotifikasiAsync(was)).EnumerateArray(), n => n.GetProperty("langkahKode").GetString() == "B3");
        // Another directorate's staff, or the Balai itself, cannot acknowledge for Dit. Was OT-SK.
        await (await pmpu.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B3/penugasan", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        instans = await (await was.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B3/penugasan", new { catatan = "Diterima, dijadwalkan pemeriksaan sarana." }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, Langkah(instans, "B3").GetProperty("penugasan")[0].GetProperty("selesaiPada").ValueKind);
        Assert.Null(Tugas(await TugasAsync(was), iid, "B3"));
        await (await was.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B3/penugasan", new { })).AssertProblemAsync(HttpStatusCode.Conflict);

        // B4 submitted on its due day, approved the next: finished on time; the report reaches Dit. PMPU OT-SK-Kos, and
        // B5 (the follow-up) reaches Dit. Was OT-SK.
        api.Pada(8, 18);
        await (await UnggahAsync(upt, iid, "B4", "Output", "laporan.pdf", Pdf("laporan"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(upt, iid, "B4", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        Assert.Null(Tugas(await TugasAsync(pmpu), iid, "B4"));
        api.Pada(8, 19);
        instans = await (await AksiAsync(kepala, iid, "B4", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", "2026-08-18", "SelesaiTepatWaktu"), Keadaan(instans, "B4"));
        Assert.Equal("Penerima", Tugas(await TugasAsync(pmpu), iid, "B4")!.Value.GetProperty("peran").GetString());
        Assert.Equal("TindakLanjut", Tugas(await TugasAsync(was), iid, "B5")!.Value.GetProperty("peran").GetString());
        Assert.Equal("Pelaksana", Tugas(await TugasAsync(upt), iid, "B5")!.Value.GetProperty("peran").GetString());

        // B5 cannot be submitted before Dit. Was OT-SK has reported its follow-up.
        await (await UnggahAsync(upt, iid, "B5", "Output", "tindak-lanjut.pdf", Pdf("tl"))).JsonAsync(HttpStatusCode.Created);
        var ditahan = await (await AksiAsync(upt, iid, "B5", "Ajukan")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(DitWasOtSk, ditahan.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The directorate reports with evidence; an empty report is a 400 naming the field.
        await (await was.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B5/penugasan", new { catatan = " " })).AssertValidationProblemAsync("catatan");
        await (await UnggahAsync(was, iid, "B5", "Bukti", "berita-acara.pdf", Pdf("ba"))).JsonAsync(HttpStatusCode.Created);
        await (await UnggahAsync(was, iid, "B5", "Output", "x.pdf", Pdf("x"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        api.Pada(8, 24);
        await (await was.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B5/penugasan", new { catatan = "Pemeriksaan sarana 21 Agustus; CAPA diterima." }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Null(Tugas(await TugasAsync(was), iid, "B5"));
        await (await AksiAsync(upt, iid, "B5", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "B5", "Setujui")).JsonAsync(HttpStatusCode.OK);

        // B6 monev: 5 HK from Mon 24 Aug, skipping 25 Aug → Tue 1 Sep; then the activity is complete.
        Assert.Equal(("Berjalan", "2026-09-01", "TepatWaktu"), Keadaan(instans, "B6"));
        instans = await SelesaikanLangkahAsync(upt, kepala, iid, "B6");
        Assert.Equal("Selesai", instans.GetProperty("status").GetString());

        // The audit trail tells the routing story.
        var audit = (await AuditAsync(upt, iid)).EnumerateArray().Select(a => a.GetProperty("aksi").GetString()).ToList();
        Assert.Equal(3, audit.Count(a => a == "Penugasan"));
        Assert.Contains("OutputDiterima", audit);
        Assert.Contains("TindakLanjutDilaporkan", audit);
        Assert.Contains("SesuaikanOutput", audit);

        // Scope: another UPT does not see it; the Dit. PMPU OT-SK-Kos still has the report to acknowledge after completion.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.b", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/pembinaan/{dibuat.GetProperty("id").GetString()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await jambi.GetAsync("/api/pembinaan")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.NotNull(Tugas(await TugasAsync(pmpu), iid, "B4"));
        await (await pmpu.PostAsJsonAsync($"/api/sop/instans/{iid}/langkah/B4/penugasan", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Null(Tugas(await TugasAsync(pmpu), iid, "B4"));
    }

    private static IEnumerable<string> PemicuAksi(JsonElement instans, string kode) =>
        Langkah(instans, kode).GetProperty("aksiTersedia").EnumerateArray().Select(a => a.GetString()!);

    [Fact]
    public async Task A_Pusat_activity_routes_to_the_local_UPT_and_is_rerouted_when_its_data_changes()
    {
        api.Pada(7, 6);
        var pusat = await api.LoginAsync("pusat.pmpu.pangan");
        var upt = await api.LoginAsync("upt.bengkulu");
        var loka = await api.LoginAsync("loka.rejanglebong");
        var units = await (await pusat.GetAsync("/api/unit-kerja?cari=Balai%20POM%20di%20Bengkulu")).JsonAsync(HttpStatusCode.OK);
        var bengkulu = units.EnumerateArray().Single(u => u.GetProperty("nama").GetString() == "Balai POM di Bengkulu").GetProperty("id").GetString()!;
        var sasaran = new object[] { Usaha("IRTP Kue Bay Tat Bu Ani", null, irtp: true) };

        // A directorate must name the local UPT, and it must be a UPT.
        await (await pusat.PostAsJsonAsync("/api/pembinaan", Data("CAPA IRTP", "PanganOlahan", "Capa", sasaran))).AssertValidationProblemAsync("uptSetempatId");
        var ditSendiri = (await (await pusat.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString();
        await (await pusat.PostAsJsonAsync("/api/pembinaan", Data("CAPA IRTP", "PanganOlahan", "Capa", sasaran, ditSendiri)))
            .AssertValidationProblemAsync("uptSetempatId");

        var dibuat = await (await pusat.PostAsJsonAsync("/api/pembinaan", Data("CAPA IRTP kue tradisional", "PanganOlahan", "Capa", sasaran, bengkulu)))
            .JsonAsync(HttpStatusCode.Created);
        var id = dibuat.GetProperty("id").GetString()!;
        var instans = dibuat.GetProperty("instans");
        Assert.Equal(
            [
                ("B4", "Direktorat Pengawasan Produksi Pangan Olahan", "Penerima"),
                ("B5", "Balai POM di Bengkulu", "Pelaksana"),
                ("B5", "Direktorat Pengawasan Produksi Pangan Olahan", "Pelaksana"),
                ("B5", "Direktorat Registrasi Pangan Olahan", "Pelaksana"),
            ],
            Rute(instans).ToList());
        Assert.Equal("Hasil pembinaan: rekomendasi dan tindak lanjut", Langkah(instans, "B3").GetProperty("output").GetString());

        // The routed UPT reads the activity (not act on its steps); its Loka does not read it.
        var dibaca = await (await upt.GetAsync($"/api/pembinaan/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(dibaca.GetProperty("bolehUbah").GetBoolean());
        Assert.Empty(PemicuAksi(dibaca.GetProperty("instans"), "B1"));
        Assert.Contains((await (await upt.GetAsync("/api/pembinaan")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray(),
            k => k.GetProperty("id").GetString() == id);
        await (await loka.GetAsync($"/api/pembinaan/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await upt.PutAsJsonAsync($"/api/pembinaan/{id}", Data("x", "PanganOlahan", "Capa", sasaran, bengkulu))).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Edited to Kosmetik / fasilitator before any step started: every routing follows; IRTP no longer fits.
        var kosmetik = new object[] { Usaha("CV Cantik Alami", "9876543210987") };
        await (await pusat.PutAsJsonAsync($"/api/pembinaan/{id}", Data("Pendampingan kosmetik", "Kosmetik", "Fasilitator", sasaran, bengkulu)))
            .AssertValidationProblemAsync("sasaran");
        var diubah = await (await pusat.PutAsJsonAsync($"/api/pembinaan/{id}", Data("Pendampingan kosmetik", "Kosmetik", "Fasilitator", kosmetik, bengkulu)))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(
            [
                ("B3", "Balai POM di Bengkulu", "Penerima"),
                ("B3", "Direktorat Pengawasan Kosmetik", "Penerima"),
                ("B4", DitPmpuOtSkKos, "Penerima"),
                ("B5", "Balai POM di Bengkulu", "Pelaksana"),
                ("B5", "Direktorat Pengawasan Kosmetik", "Pelaksana"),
            ],
            Rute(diubah.GetProperty("instans")).ToList());
        Assert.Equal("Surat rekomendasi untuk sertifikasi sarana", Langkah(diubah.GetProperty("instans"), "B3").GetProperty("output").GetString());
        Assert.Equal("Pendampingan kosmetik", diubah.GetProperty("instans").GetProperty("judul").GetString()); // the run follows the title
        var audit = (await AuditAsync(pusat, diubah.GetProperty("instans").GetProperty("id").GetString()!)).EnumerateArray()
            .Select(a => (Aksi: a.GetProperty("aksi").GetString(), Langkah: a.GetProperty("langkahKode").GetString(), Keterangan: a.GetProperty("keterangan").GetString()))
            .ToList();
        Assert.Equal(
            ["B4 Direktorat Pengawasan Produksi Pangan Olahan", "B5 Direktorat Pengawasan Produksi Pangan Olahan", "B5 Direktorat Registrasi Pangan Olahan"],
            audit.Where(a => a.Aksi == "PenugasanDihapus").Select(a => $"{a.Langkah} {a.Keterangan}").Order(StringComparer.Ordinal));
        Assert.Contains(audit, a => a.Aksi == "UbahKegiatan" && a.Keterangan!.Contains("Sesudah: Pendampingan kosmetik", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_business_registry_keeps_one_record_per_business_with_its_guidance_history()
    {
        api.Pada(7, 6);
        var upt = await api.LoginAsync("upt.bengkulu");
        var loka = await api.LoginAsync("loka.rejanglebong");
        var pertama = await (await upt.PostAsJsonAsync("/api/pembinaan", Data("Bimtek label", "SuplemenKesehatan", "Capa",
            [Usaha("PT Sehat Sentosa", "5550001112223"), new { nama = "Asosiasi  UMKM  Bengkulu", jenis = "AsosiasiPelakuUsaha", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" }])))
            .JsonAsync(HttpStatusCode.Created);
        var usahaId = pertama.GetProperty("sasaran").EnumerateArray().Single(s => s.GetProperty("nib").GetString() == "5550001112223").GetProperty("id").GetString();

        // The same NIB under another spelling, and the association with other spacing/case, are the same records.
        var kedua = await (await upt.PostAsJsonAsync("/api/pembinaan", Data("Konsultasi CPOTB", "SuplemenKesehatan", "Fasilitator",
            [Usaha("PT. SEHAT SENTOSA", "5550001112223"), new { nama = "asosiasi umkm bengkulu", jenis = "AsosiasiPelakuUsaha", provinsi = "Bengkulu", kabupatenKota = "kota bengkulu" }],
            mulai: "2026-08-03"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(
            pertama.GetProperty("sasaran").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(),
            kedua.GetProperty("sasaran").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
        Assert.Equal("PT Sehat Sentosa", kedua.GetProperty("sasaran").EnumerateArray().Single(s => s.GetProperty("id").GetString() == usahaId).GetProperty("nama").GetString());

        var registri = await (await upt.GetAsync("/api/pembinaan/sasaran?cari=sentosa")).JsonAsync(HttpStatusCode.OK);
        var baris = registri.GetProperty("item").EnumerateArray().Single();
        Assert.Equal(2, baris.GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal("2026-08-03", baris.GetProperty("terakhirDibina").GetString());
        Assert.Equal(1, (await (await upt.GetAsync("/api/pembinaan/sasaran?cari=5550001112223")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        // Exported as filtered (issue 17.2), in the reader's scope.
        var eksporSasaran = await (await upt.GetAsync("/api/pembinaan/sasaran/xlsx?cari=sentosa")).XlsxAsync();
        Assert.Equal([("PT Sehat Sentosa", 2, "2026-08-03")],
            eksporSasaran.Select(b => ((string)b["Nama"]!, Convert.ToInt32(b["Jumlah kegiatan"], System.Globalization.CultureInfo.InvariantCulture), (string)b["Terakhir dibina"]!)));
        Assert.Empty(await (await loka.GetAsync("/api/pembinaan/sasaran/xlsx")).XlsxAsync());
        var detail = await (await upt.GetAsync($"/api/pembinaan/sasaran/{usahaId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Konsultasi CPOTB", "Bimtek label"], detail.GetProperty("riwayat").EnumerateArray().Select(r => r.GetProperty("judul").GetString()!).ToList());

        // A Loka never guided it: it is not in the Loka's registry (the koordinator's data is not the Loka's).
        Assert.Equal(0, (await (await loka.GetAsync("/api/pembinaan/sasaran")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await loka.GetAsync($"/api/pembinaan/sasaran/{usahaId}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Bad input: each bad field is named, nothing is written.
        var sebelum = (await (await upt.GetAsync("/api/pembinaan")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        await (await upt.PostAsJsonAsync("/api/pembinaan", new
        {
            judul = "",
            lokasi = "Bengkulu",
        })).AssertValidationProblemAsync("judul", "asal", "komoditas", "fungsi", "bentuk", "sasaran", "jumlahPeserta", "tanggalRencanaMulai");
        await (await upt.PostAsJsonAsync("/api/pembinaan", new { judul = "x", asal = "Entah" })).AssertValidationProblemAsync();
        await (await upt.PostAsJsonAsync("/api/pembinaan", Data("x", "Kosmetik", "Fasilitator",
            [new { nama = "PT A", jenis = "PelakuUsaha", nib = "12345", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" },
             new { nama = "Dinas Kesehatan", jenis = "PemerintahDaerah", nib = "1234567890123", provinsi = "Bengkulu", kabupatenKota = "" }])))
            .AssertValidationProblemAsync("sasaran[0].nib", "sasaran[1].nib", "sasaran[1].kabupatenKota");
        await (await upt.PostAsJsonAsync("/api/pembinaan", Data("x", "Kosmetik", "Fasilitator", []))).AssertValidationProblemAsync("sasaran");
        await (await upt.PostAsJsonAsync("/api/pembinaan", Data("x", "Kosmetik", "Fasilitator", [new { id = Guid.NewGuid() }])))
            .AssertValidationProblemAsync("sasaran[0].id");
        await (await upt.GetAsync("/api/pembinaan?ukuran=500")).AssertValidationProblemAsync("ukuran");
        Assert.Equal(sebelum, (await (await upt.GetAsync("/api/pembinaan")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // Only UPT staff and the directorates SOP B names create activities.
        await (await (await api.LoginAsync("pusat.advokasi")).PostAsJsonAsync("/api/pembinaan", Data("x", "Kosmetik", "Capa", [Usaha("PT B", null)])))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.LoginAsync("kepala.bengkulu")).PostAsJsonAsync("/api/pembinaan", Data("x", "Kosmetik", "Capa", [Usaha("PT B", null)])))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

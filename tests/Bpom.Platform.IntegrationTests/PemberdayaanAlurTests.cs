using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 5, SOP C: a Loka runs a Desa Pangan Aman activity C1 → C4 with HK due dates; the recap counts what was
/// carried out per unit and period (step C3's finish day), villages/markets/schools once each, kader and
/// participants; the koordinator Balai reads its Loka's figures, another UPT does not; the kader registry; bad input.
/// </summary>
public class PemberdayaanAlurTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static object Komunitas(string jenis, string nama, string kab = "Kabupaten Rejang Lebong") =>
        new { jenis, nama, provinsi = "Bengkulu", kabupatenKota = kab };

    private static object Data(string judul, object[] komunitas, object[] kader, int peserta, string mulai = "2026-07-06") => new
    {
        judul,
        program = "DesaPanganAman",
        komunitas,
        bentuk = "PembentukanKaderKomunitas",
        kader,
        jumlahPeserta = peserta,
        lokasi = "Balai Desa Sumber Urip",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = "2026-11-30",
        dasarKegiatan = "Rencana kerja Loka 2026",
    };

    private static async Task<JsonElement> RekapAsync(HttpClient c, string query) =>
        await (await c.GetAsync($"/api/pemberdayaan/rekap?{query}")).JsonAsync(HttpStatusCode.OK);

    private static (int Kegiatan, int Desa, int Pasar, int Sekolah, int Lain, int Kader, int Peserta) Angka(JsonElement baris) => (
        baris.GetProperty("jumlahKegiatan").GetInt32(), baris.GetProperty("desa").GetInt32(), baris.GetProperty("pasar").GetInt32(),
        baris.GetProperty("sekolah").GetInt32(), baris.GetProperty("komunitasLain").GetInt32(), baris.GetProperty("kader").GetInt32(),
        baris.GetProperty("peserta").GetInt32());

    [Fact]
    public async Task A_Loka_walks_C1_to_C4_and_the_recap_counts_what_was_carried_out_per_unit_and_period()
    {
        api.Pada(7, 6); // Monday 6 July 2026
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepalaLoka = await api.LoginAsync("kepala.rejanglebong");
        var balai = await api.LoginAsync("upt.bengkulu");
        var kepalaBalai = await api.LoginAsync("kepala.bengkulu");

        var dibuat = await (await loka.PostAsJsonAsync("/api/pemberdayaan", Data(
            "Desa Pangan Aman Kecamatan Curup",
            [Komunitas("Desa", "Desa Sumber Urip"), Komunitas("Desa", "Desa Air Meles"), Komunitas("Sekolah", "SDN 1 Curup"), Komunitas("Pkk", "TP PKK Curup")],
            [
                new { nama = "Siti Aminah", peran = "Kader", komunitas = "Desa Sumber Urip", kontak = "081200000001" },
                new { nama = "Rudi Hartono", peran = "Kader", komunitas = "desa air meles", kontak = (string?)null },
                new { nama = "Ayu Lestari", peran = "Duta", komunitas = "SDN 1 Curup", kontak = (string?)null },
            ],
            40))).JsonAsync(HttpStatusCode.Created);
        var iid = dibuat.GetProperty("instans").GetProperty("id").GetString()!;
        Assert.Equal(["C1", "C2", "C3", "C4"], dibuat.GetProperty("instans").GetProperty("langkah").EnumerateArray().Select(l => l.GetProperty("kode").GetString()!));

        // C1: 10 HK from Mon 6 Jul → Mon 20 Jul.
        var instans = await MulaiAsync(loka, iid, "C1");
        Assert.Equal(("Berjalan", "2026-07-20", "TepatWaktu"), Keadaan(instans, "C1"));

        // C1 approved 8 Jul: C2 (40 HK) from Wed 8 Jul across 17 Aug → Fri 4 Sep.
        api.Pada(7, 8);
        instans = await SelesaikanLangkahAsync(loka, kepalaLoka, iid, "C1");
        Assert.Equal(("Berjalan", "2026-09-04", "TepatWaktu"), Keadaan(instans, "C2"));
        api.Pada(7, 15);
        await SelesaikanLangkahAsync(loka, kepalaLoka, iid, "C2");

        // Not carried out yet: nothing counted.
        Assert.Equal(0, Angka((await RekapAsync(loka, "tahun=2026")).GetProperty("total")).Kegiatan);

        // C3 submitted Fri 31 Jul and approved Mon 3 Aug: carried out on 31 Jul (July, TW3); C4 15 HK from 3 Aug
        // across 17 and 25 Aug → Wed 26 Aug.
        api.Pada(7, 31);
        await (await UnggahAsync(loka, iid, "C3", "Output", "laporan.pdf", Pdf("laporan"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "C3", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        api.Pada(8, 3);
        instans = await (await AksiAsync(kepalaLoka, iid, "C3", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2026-07-31", Langkah(instans, "C3").GetProperty("tanggalSelesai").GetString());
        Assert.Equal(("Berjalan", "2026-08-26", "TepatWaktu"), Keadaan(instans, "C4"));

        // The Balai (the Loka's koordinator) also carries out an activity in August reaching one of the same villages
        // and a market.
        api.Pada(8, 3);
        var kedua = await (await balai.PostAsJsonAsync("/api/pemberdayaan", Data(
            "Pasar Pangan Aman Curup", [Komunitas("Desa", "Desa Sumber Urip"), Komunitas("Pasar", "Pasar Bang Mego")],
            [new { nama = "Hendra", peran = "Kader", komunitas = "Pasar Bang Mego", kontak = (string?)null }], 25, mulai: "2026-08-03")))
            .JsonAsync(HttpStatusCode.Created);
        var iid2 = kedua.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(balai, iid2, "C1");
        await SelesaikanLangkahAsync(balai, kepalaBalai, iid2, "C1");
        await SelesaikanLangkahAsync(balai, kepalaBalai, iid2, "C2");
        api.Pada(8, 10);
        await SelesaikanLangkahAsync(balai, kepalaBalai, iid2, "C3");

        // The koordinator reads both units; each unit its own figures; the total counts Desa Sumber Urip once.
        var tahun = await RekapAsync(balai, "tahun=2026");
        var perUnit = tahun.GetProperty("unit").EnumerateArray().ToDictionary(u => u.GetProperty("namaUnit").GetString()!, Angka);
        Assert.Equal((1, 1, 1, 0, 0, 1, 25), perUnit["Balai POM di Bengkulu"]);
        Assert.Equal((1, 2, 0, 1, 1, 3, 40), perUnit["Loka POM di Kabupaten Rejang Lebong"]);
        Assert.Equal((2, 2, 1, 1, 1, 4, 65), Angka(tahun.GetProperty("total")));

        // Periods: July = B07/TW3 for the Loka, August = B08 for the Balai; TW2 nothing.
        Assert.Equal((1, 2, 0, 1, 1, 3, 40), Angka((await RekapAsync(balai, "tahun=2026&periode=B07")).GetProperty("total")));
        Assert.Equal((1, 1, 1, 0, 0, 1, 25), Angka((await RekapAsync(balai, "tahun=2026&periode=B08")).GetProperty("total")));
        Assert.Equal(2, Angka((await RekapAsync(balai, "tahun=2026&periode=tw3")).GetProperty("total")).Kegiatan);
        Assert.Equal(0, Angka((await RekapAsync(balai, "tahun=2026&periode=TW2")).GetProperty("total")).Kegiatan);

        // The Loka sees only itself; another UPT sees nothing of either.
        Assert.Equal(["Loka POM di Kabupaten Rejang Lebong"], (await RekapAsync(loka, "tahun=2026")).GetProperty("unit").EnumerateArray().Select(u => u.GetProperty("namaUnit").GetString()!));
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.c", "Balai POM di Jambi");
        Assert.Equal(0, Angka((await RekapAsync(jambi, "tahun=2026")).GetProperty("total")).Kegiatan);
        await (await jambi.GetAsync($"/api/pemberdayaan/{dibuat.GetProperty("id").GetString()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await jambi.GetAsync("/api/pemberdayaan/kader")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // Kader registry: the koordinator finds the Loka's kader; filters by role and search.
        var kader = await (await balai.GetAsync("/api/pemberdayaan/kader")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, kader.GetProperty("total").GetInt32());
        var duta = await (await balai.GetAsync("/api/pemberdayaan/kader?peran=Duta")).JsonAsync(HttpStatusCode.OK);
        var ayu = duta.GetProperty("item").EnumerateArray().Single();
        Assert.Equal(("Ayu Lestari", "Sekolah", "Loka POM di Kabupaten Rejang Lebong"),
            (ayu.GetProperty("nama").GetString(), ayu.GetProperty("jenisKomunitas").GetString(), ayu.GetProperty("namaUnit").GetString()));
        Assert.Equal(["Rudi Hartono", "Siti Aminah"], (await (await loka.GetAsync("/api/pemberdayaan/kader?peran=Kader")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("item").EnumerateArray().Select(k => k.GetProperty("nama").GetString()!));
        Assert.Equal(1, (await (await balai.GetAsync("/api/pemberdayaan/kader?cari=bang%20mego")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        // By the forming unit's province (issue 17.2), and exported as filtered, in the reader's scope.
        Assert.Equal(4, (await (await balai.GetAsync("/api/pemberdayaan/kader?provinsi=bengkulu")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await balai.GetAsync("/api/pemberdayaan/kader?provinsi=Jambi")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        var eksporDuta = await (await balai.GetAsync("/api/pemberdayaan/kader/xlsx?peran=Duta&provinsi=Bengkulu")).XlsxAsync();
        Assert.Equal([("Ayu Lestari", "Duta", "Loka POM di Kabupaten Rejang Lebong")], eksporDuta.Select(b => ((string)b["Nama"]!, (string)b["Peran"]!, (string)b["Unit"]!)));
        Assert.Equal(4, (await (await balai.GetAsync("/api/pemberdayaan/kader/xlsx")).XlsxAsync()).Count);
        Assert.Empty(await (await jambi.GetAsync("/api/pemberdayaan/kader/xlsx")).XlsxAsync());
        await (await balai.GetAsync("/api/pemberdayaan/kader/xlsx?tahun=1900")).AssertValidationProblemAsync("tahun");

        // Kader added after the event by editing (audited); the list and recap follow.
        var ubah = Data(
            "Desa Pangan Aman Kecamatan Curup",
            [Komunitas("Desa", "Desa Sumber Urip"), Komunitas("Desa", "Desa Air Meles"), Komunitas("Sekolah", "SDN 1 Curup"), Komunitas("Pkk", "TP PKK Curup")],
            [
                new { nama = "Siti Aminah", peran = "Kader", komunitas = "Desa Sumber Urip", kontak = "081200000001" },
                new { nama = "Rudi Hartono", peran = "Kader", komunitas = "Desa Air Meles", kontak = (string?)null },
                new { nama = "Ayu Lestari", peran = "Duta", komunitas = "SDN 1 Curup", kontak = (string?)null },
                new { nama = "Wati", peran = "Kader", komunitas = "TP PKK Curup", kontak = (string?)null },
            ],
            40);
        await (await balai.PutAsJsonAsync($"/api/pemberdayaan/{dibuat.GetProperty("id").GetString()}", ubah)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var diubah = await (await loka.PutAsJsonAsync($"/api/pemberdayaan/{dibuat.GetProperty("id").GetString()}", ubah)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, diubah.GetProperty("kader").GetArrayLength());
        Assert.Equal(4, Angka((await RekapAsync(loka, "tahun=2026&periode=B07")).GetProperty("total")).Kader);
        Assert.Contains((await AuditAsync(loka, iid)).EnumerateArray(), a => a.GetProperty("aksi").GetString() == "UbahKegiatan");

        // C4 finishes the activity.
        api.Pada(8, 20);
        instans = await SelesaikanLangkahAsync(loka, kepalaLoka, iid, "C4");
        Assert.Equal("Selesai", instans.GetProperty("status").GetString());
        Assert.Equal("SelesaiTepatWaktu", Keadaan(instans, "C4").Sla);
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_field_errors_and_changes_nothing()
    {
        api.Pada(7, 6);
        var loka = await api.LoginAsync("loka.rejanglebong");
        await (await loka.PostAsJsonAsync("/api/pemberdayaan", Data(
            "x", [Komunitas("Desa", "Desa A"), new { jenis = "Desa", nama = "", provinsi = "Bengkulu", kabupatenKota = "" }],
            [new { nama = "Kader Nyasar", peran = "Kader", komunitas = "Desa Z", kontak = (string?)null }, new { nama = "", peran = (string?)null, komunitas = "Desa A", kontak = (string?)null }],
            -1))).AssertValidationProblemAsync("komunitas[1].nama", "komunitas[1].kabupatenKota", "kader[0]", "kader[1].nama", "kader[1].peran", "jumlahPeserta");
        await (await loka.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul = "Program lain",
            program = "Lainnya",
            komunitas = new[] { Komunitas("KarangTaruna", "Karang Taruna Curup") },
            bentuk = "Kie",
            jumlahPeserta = 10,
            lokasi = "Curup",
            tanggalRencanaMulai = "2026-07-06",
            tanggalRencanaSelesai = "2026-07-01",
            dasarKegiatan = "x",
        })).AssertValidationProblemAsync("programLainnya", "tanggalRencanaSelesai");
        await (await loka.GetAsync("/api/pemberdayaan/rekap?tahun=2026&periode=TW5")).AssertValidationProblemAsync("periode");
        await (await loka.GetAsync("/api/pemberdayaan/rekap?tahun=1999")).AssertValidationProblemAsync("tahun");
        await (await loka.GetAsync("/api/pemberdayaan?halaman=0")).AssertValidationProblemAsync("halaman");
        Assert.Equal(0, (await (await loka.GetAsync("/api/pemberdayaan")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // Only UPT staff and the two Dit. Pemberdayaan create; a directorate SOP C does not name cannot.
        var data = Data("Kader OT", [Komunitas("OrganisasiProfesi", "IAI Bengkulu")], [], 5);
        await (await (await api.LoginAsync("pusat.was.otsk")).PostAsJsonAsync("/api/pemberdayaan", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.LoginAsync("ppsdm")).PostAsJsonAsync("/api/pemberdayaan", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.LoginAsync("pusat.pmpu.otskkos")).PostAsJsonAsync("/api/pemberdayaan", data)).JsonAsync(HttpStatusCode.Created);
    }
}

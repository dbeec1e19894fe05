using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.SiklusTahunan.Application;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NodaTime;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

public sealed class SiklusApiFactory : SopApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // The cycle moves the clock across more than a year; sessions are not what it tests.
        builder.UseSetting("Auth:AccessTokenMinutes", "2000000");
    }

    /// <summary>Sets the clock to 09:00 WIB on the given day.</summary>
    public void Tanggal(int tahun, int bulan, int hari) =>
        Clock.Reset(new LocalDateTime(tahun, bulan, hari, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());

    /// <summary>Runs the yearly cycle's daily job as Hangfire would (its own scope).</summary>
    internal async Task JalankanSiklusAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PemantauSiklusTahunan>().JalankanAsync(CancellationToken.None);
    }
}

/// <summary>
/// Issue 15's "done when" for SOP A: the 2026 cycle over activities of a Loka, its koordinator Balai, another Balai
/// and a directorate, on a fake clock — opening on the first working day of 2027 once, drafts counting the
/// activities, Loka → koordinator (return, resubmit, accept), a late unit reminded, escalated and merged after the
/// recap started on the window's end, totals = the sum of the reports, arahan reaching the units' Tugas Saya, monev,
/// a 2027 A1 planned on a 2026 recommendation, and Word/XLSX documents that validate and carry the API's figures.
/// </summary>
public class SiklusTahunanTests(SiklusApiFactory api) : IClassFixture<SiklusApiFactory>
{
    private const string Sop = "POM-04.01-A";
    private const string Loka = "Loka POM di Kabupaten Rejang Lebong";
    private const string Bengkulu = "Balai POM di Bengkulu";
    private const string Jambi = "Balai POM di Jambi";
    private const string Pmpu = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan";

    private static object Kegiatan(string judul, string bentuk, string mulai, Guid? dasar = null) => new
    {
        judul,
        topik = "Keamanan pangan jajanan anak sekolah",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Pemerintah Daerah setempat" }, new { jenis = "KomunitasPendidikan", nama = "MKKS" } },
        bentuk,
        lokasi = "Kantor Pemda",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = mulai,
        dasarKegiatan = "Disposisi pimpinan",
        dasarRekomendasiId = dasar,
    };

    private static JsonElement Laporan(JsonElement siklus, string unit) =>
        siklus.GetProperty("laporanUnit").EnumerateArray().Single(l => l.GetProperty("namaUnit").GetString() == unit);

    private async Task<JsonElement> SiklusAsync(HttpClient c, int tahun = 2026) =>
        await (await c.GetAsync($"/api/siklus-tahunan/{Sop}/{tahun}")).JsonAsync(HttpStatusCode.OK);

    private static async Task AjukanLaporanAsync(HttpClient pelapor, string iid)
    {
        await (await UnggahAsync(pelapor, iid, "A7", "Output", "laporan-tahunan.pdf", Pdf("laporan tahunan"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(pelapor, iid, "A7", "Ajukan")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_2026_cycle_of_SOP_A_runs_from_the_units_reports_to_next_years_plan()
    {
        api.Tanggal(2026, 3, 2);
        var admin = await api.LoginAsync("admin");
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepalaLoka = await api.LoginAsync("kepala.rejanglebong");
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var kepalaBengkulu = await api.LoginAsync("kepala.bengkulu");
        var pmpu = await api.LoginAsync("pusat.pmpu.pangan");
        var kepalaPmpu = await api.LoginAsync("kepala.pmpu.pangan");
        var kshm = await api.LoginAsync("pusat.advokasi");
        var kepalaKshm = await api.LoginAsync("kepala.kshm");
        var pimpinan = await api.LoginAsync("pimpinan");
        var jambi = await api.BuatPenggunaAsync("upt.jambi.siklus", Jambi, "Upt");
        var kepalaJambi = await api.BuatPenggunaAsync("kepala.jambi.siklus", Jambi, "KepalaUnit");
        var idJambi = await api.UnitIdAsync(Jambi);
        var idLoka = await api.UnitIdAsync(Loka);
        var idBengkulu = await api.UnitIdAsync(Bengkulu);

        // Year 2026's activities: Loka 2, Bengkulu 1, Jambi 1, the directorate 1.
        var dibuat = new List<JsonElement>();
        foreach (var (c, judul, bentuk) in new[] { (loka, "Advokasi PJAS Curup", "Audiensi"), (loka, "Advokasi PJAS Kepahiang", "Fgd"), (bengkulu, "Advokasi PJAS Kota Bengkulu", "Workshop"), (jambi, "Advokasi PJAS Kota Jambi", "Audiensi"), (pmpu, "Advokasi nasional PJAS", "Fgd") })
        {
            dibuat.Add(await (await c.PostAsJsonAsync("/api/advokasi", Kegiatan(judul, bentuk, "2026-03-09"))).JsonAsync(HttpStatusCode.Created));
        }

        // A recommendation of Bengkulu's activity: its report lists it with its follow-up state.
        await (await bengkulu.PostAsJsonAsync($"/api/sop/instans/{dibuat[2].GetProperty("instans").GetProperty("id").GetString()}/rekomendasi",
            new { uraian = "Pemkot menerbitkan surat edaran PJAS", penanggungJawab = "Dinas Pendidikan Kota Bengkulu", targetTanggal = "2026-09-30" })).JsonAsync(HttpStatusCode.OK);

        // Preview during the year: the koordinator sees itself and its Loka with the figures so far.
        var pratinjau = await SiklusAsync(bengkulu);
        Assert.Equal("Pratinjau", pratinjau.GetProperty("status").GetString());
        Assert.Equal(new[] { Bengkulu, Loka }, pratinjau.GetProperty("laporanUnit").EnumerateArray().Select(l => l.GetProperty("namaUnit").GetString()).Order().ToArray());
        Assert.Equal(2, Laporan(pratinjau, Loka).GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal(1, Laporan(pratinjau, Bengkulu).GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal(4, (await SiklusAsync(pimpinan)).GetProperty("laporanUnit").GetArrayLength());
        await (await jambi.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idBengkulu}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await jambi.GetAsync($"/api/siklus-tahunan/POM-04.01-X/2026")).AssertValidationProblemAsync("kodeSop");

        // 1 January 2027 is a holiday: the cycle opens on the next working day, once.
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2027-01-01", jenis = "libur_nasional", nama = "Tahun Baru 2027 Masehi", dasarHukum = "SKB uji" }))
            .JsonAsync(HttpStatusCode.Created);
        api.Tanggal(2026, 12, 31);
        await api.JalankanSiklusAsync();
        api.Tanggal(2027, 1, 1);
        await api.JalankanSiklusAsync();
        Assert.Equal("Pratinjau", (await SiklusAsync(kshm)).GetProperty("status").GetString());
        api.Tanggal(2027, 1, 4);
        await api.JalankanSiklusAsync();
        await api.JalankanSiklusAsync();
        Assert.Equal(0, await (await admin.PostAsync($"/api/siklus-tahunan/{Sop}/2026/buka", null)).Content.ReadFromJsonAsync<int>());
        var siklus = await SiklusAsync(kshm);
        Assert.Equal("LaporanUnit", siklus.GetProperty("status").GetString());
        Assert.Equal("2027-01-04", siklus.GetProperty("tanggalBuka").GetString());
        Assert.Equal("Biro Kerja Sama dan Hubungan Masyarakat", siklus.GetProperty("namaKoordinator").GetString());
        Assert.Equal(4, siklus.GetProperty("laporanUnit").GetArrayLength());
        Assert.Equal(idBengkulu, Laporan(siklus, Loka).GetProperty("penyetujuUnitId").GetString());
        var batas = siklus.GetProperty("batasLaporan").GetString()!;
        var iid = siklus.GetProperty("laporanUnit").EnumerateArray().ToDictionary(l => l.GetProperty("namaUnit").GetString()!, l => l.GetProperty("instansId").GetString()!);
        Assert.Equal(batas, Keadaan(await InstansAsync(loka, iid[Loka]), "A7").JatuhTempo);
        Assert.Equal("Berjalan", Keadaan(await InstansAsync(loka, iid[Loka]), "A7").Status);

        // The Loka's draft counts its activities; it writes its narrative and submits to its koordinator Balai.
        var draf = await (await loka.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, draf.GetProperty("angka").GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal(2, draf.GetProperty("kegiatan").GetArrayLength());
        Assert.Contains(draf.GetProperty("rincian").EnumerateArray(), r => r.GetProperty("dimensi").GetString() == "Jenis pemangku kepentingan"
            && r.GetProperty("nilai").GetString() == "Pemerintah Daerah" && r.GetProperty("jumlah").GetInt32() == 2);
        Assert.True(draf.GetProperty("bolehUbah").GetBoolean());
        await (await bengkulu.PutAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}", new { capaian = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var narasi = await (await loka.PutAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}",
            new { capaian = "Dua kabupaten menerbitkan surat edaran PJAS.", kendala = "Anggaran perjalanan terbatas.", rencanaTindakLanjut = "Perluasan ke Lebong.", versi = draf.GetProperty("versi").GetInt32() }))
            .JsonAsync(HttpStatusCode.OK);
        await (await loka.PutAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}", new { capaian = "lama", versi = draf.GetProperty("versi").GetInt32() }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Dua kabupaten menerbitkan surat edaran PJAS.", narasi.GetProperty("capaian").GetString());
        await AjukanLaporanAsync(loka, iid[Loka]);
        await (await AksiAsync(kepalaLoka, iid[Loka], "A7", "Setujui")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains((await TugasAsync(kepalaBengkulu)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == iid[Loka] && t.GetProperty("peran").GetString() == "Penyetuju");
        await (await AksiAsync(kepalaBengkulu, iid[Loka], "A7", "Kembalikan", "Lengkapi daftar hadir kegiatan Kepahiang.")).JsonAsync(HttpStatusCode.OK);
        var dikembalikan = Laporan(await SiklusAsync(loka), Loka);
        Assert.Equal("Dikembalikan", dikembalikan.GetProperty("status").GetString());
        Assert.Equal("Lengkapi daftar hadir kegiatan Kepahiang.", dikembalikan.GetProperty("alasanDikembalikan").GetString());
        await (await AksiAsync(loka, iid[Loka], "A7", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(kepalaBengkulu, iid[Loka], "A7", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Diterima", Laporan(await SiklusAsync(loka), Loka).GetProperty("status").GetString());

        // The koordinator's own report carries the accepted Loka report as an annex; Bengkulu and the directorate report.
        var laporanBengkulu = await (await bengkulu.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idBengkulu}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Loka, laporanBengkulu.GetProperty("lampiran").EnumerateArray().Single().GetProperty("namaUnit").GetString());
        var rekomendasiBengkulu = laporanBengkulu.GetProperty("rekomendasi").EnumerateArray().Single();
        Assert.Equal(("Pemkot menerbitkan surat edaran PJAS", false), (rekomendasiBengkulu.GetProperty("uraian").GetString(), rekomendasiBengkulu.GetProperty("selesai").GetBoolean()));
        Assert.Equal(1, laporanBengkulu.GetProperty("angka").GetProperty("rekomendasi").GetInt32());
        Assert.Contains("Pemkot menerbitkan surat edaran PJAS",
            ValidasiWord(await (await bengkulu.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idBengkulu}/docx")).Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        await AjukanLaporanAsync(bengkulu, iid[Bengkulu]);
        await (await AksiAsync(kepalaBengkulu, iid[Bengkulu], "A7", "Setujui")).JsonAsync(HttpStatusCode.OK);
        await AjukanLaporanAsync(pmpu, iid[Pmpu]);
        await (await AksiAsync(kepalaPmpu, iid[Pmpu], "A7", "Setujui")).JsonAsync(HttpStatusCode.OK);

        // Jambi is late: reminded before the due date, escalated after it.
        var tanggalBatas = LocalDate.FromDateTime(DateTime.Parse(batas, System.Globalization.CultureInfo.InvariantCulture));
        api.Tanggal(tanggalBatas.Year, tanggalBatas.Month, tanggalBatas.Day);
        await api.SapuAsync();
        var lewat = tanggalBatas.PlusDays(3);
        api.Tanggal(lewat.Year, lewat.Month, lewat.Day);
        await api.SapuAsync();
        var notifJambi = await NotifikasiAsync(kepalaJambi);
        Assert.Contains((await NotifikasiAsync(jambi)).EnumerateArray(), n => n.GetProperty("jenis").GetString() == "Pengingat" && n.GetProperty("langkahKode").GetString() == "A7");
        Assert.Contains(notifJambi.EnumerateArray(), n => n.GetProperty("jenis").GetString() == "Eskalasi" && n.GetProperty("langkahKode").GetString() == "A7");

        // The window has passed: the recap starts with Jambi listed as not in; totals are the three reports' sum.
        Assert.True(Laporan(await SiklusAsync(kshm), Jambi).GetProperty("terlambat").GetBoolean());
        await api.JalankanSiklusAsync();
        siklus = await SiklusAsync(kshm);
        Assert.Equal("Rekapitulasi", siklus.GetProperty("status").GetString());
        var rekap = siklus.GetProperty("rekap");
        Assert.Equal(3, rekap.GetProperty("laporanMasuk").GetInt32());
        Assert.Equal(new[] { Jambi }, rekap.GetProperty("unitBelumMelapor").EnumerateArray().Select(u => u.GetString()).ToArray());
        Assert.Equal(4, rekap.GetProperty("total").GetProperty("jumlahKegiatan").GetInt32());
        var rekapIid = siklus.GetProperty("rekapInstansId").GetString()!;
        Assert.Equal("Berjalan", Keadaan(await InstansAsync(kshm, rekapIid), "A8").Status);

        // Jambi's late report still merges.
        await AjukanLaporanAsync(jambi, iid[Jambi]);
        await (await AksiAsync(kepalaJambi, iid[Jambi], "A7", "Setujui")).JsonAsync(HttpStatusCode.OK);
        siklus = await SiklusAsync(kshm);
        rekap = siklus.GetProperty("rekap");
        Assert.Equal(4, rekap.GetProperty("laporanMasuk").GetInt32());
        Assert.Empty(rekap.GetProperty("unitBelumMelapor").EnumerateArray());
        Assert.Equal(new[] { Jambi }, rekap.GetProperty("unitTerlambat").EnumerateArray().Select(u => u.GetString()).ToArray());
        var jumlahLaporan = siklus.GetProperty("laporanUnit").EnumerateArray().Sum(l => l.GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal(5, jumlahLaporan);
        Assert.Equal(jumlahLaporan, rekap.GetProperty("total").GetProperty("jumlahKegiatan").GetInt32());
        Assert.Equal(rekap.GetProperty("perProvinsi").EnumerateArray().Sum(p => p.GetProperty("angka").GetProperty("jumlahKegiatan").GetInt32()), jumlahLaporan);
        Assert.Equal(JsonValueKind.Null, (await SiklusAsync(jambi)).GetProperty("rekap").ValueKind);

        // Documents: the recap and a report open as valid Word files with the API's figures; the XLSX has a row per unit.
        var rekapDocx = await (await kshm.GetAsync($"/api/siklus-tahunan/{Sop}/2026/rekap/docx")).Content.ReadAsByteArrayAsync();
        var teksRekap = ValidasiWord(rekapDocx);
        Assert.Contains("Laporan masuk: 4 dari 4 unit", teksRekap, StringComparison.Ordinal);
        Assert.Contains(Jambi, teksRekap, StringComparison.Ordinal);
        var laporanDocx = await (await loka.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}/docx")).Content.ReadAsByteArrayAsync();
        var teksLaporan = ValidasiWord(laporanDocx);
        Assert.Contains("Dua kabupaten menerbitkan surat edaran PJAS.", teksLaporan, StringComparison.Ordinal);
        Assert.Contains("Advokasi PJAS Kepahiang", teksLaporan, StringComparison.Ordinal);
        using (var xlsx = new MemoryStream(await (await kshm.GetAsync($"/api/siklus-tahunan/{Sop}/2026/rekap/xlsx")).Content.ReadAsByteArrayAsync()))
        {
            var baris = xlsx.Query(useHeaderRow: true, sheetName: "Per unit").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(4, baris.Count);
            Assert.Equal(jumlahLaporan, baris.Sum(b => Convert.ToInt32(b["Jumlah kegiatan"], System.Globalization.CultureInfo.InvariantCulture)));
        }

        await (await jambi.GetAsync($"/api/siklus-tahunan/{Sop}/2026/rekap/docx")).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Recap approved → Pimpinan's arahan step; the arahan reaches Jambi and the Loka once the disposisi is final.
        await SelesaikanLangkahAsync(kshm, kepalaKshm, rekapIid, "A8");
        Assert.Equal("Arahan", (await SiklusAsync(kshm)).GetProperty("status").GetString());
        await (await kshm.PostAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/arahan", new { uraian = "x", unitIds = new[] { idJambi }, targetTanggal = "2027-06-30" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await pimpinan.PostAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/arahan", new { uraian = "", unitIds = Array.Empty<string>() }))
            .AssertValidationProblemAsync("uraian", "unitIds", "targetTanggal");
        siklus = await (await pimpinan.PostAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/arahan",
            new { uraian = "Perluas advokasi PJAS ke seluruh kabupaten di wilayah kerja", unitIds = new[] { idJambi, idLoka }, targetTanggal = "2027-06-30" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, siklus.GetProperty("arahan").GetArrayLength());
        Assert.DoesNotContain((await TugasAsync(kepalaJambi)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == rekapIid);
        await SelesaikanLangkahAsync(pimpinan, pimpinan, rekapIid, "A9");
        Assert.Equal("Monev", (await SiklusAsync(kshm)).GetProperty("status").GetString());
        var arahanJambi = (await SiklusAsync(jambi)).GetProperty("arahan");
        Assert.Equal(idJambi, arahanJambi.EnumerateArray().Single().GetProperty("unitTujuanId").GetString());
        Assert.Contains((await TugasAsync(kepalaJambi)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == rekapIid
            && t.GetProperty("langkahKode").GetString() == "A10" && t.GetProperty("peran").GetString() == "TindakLanjut");
        Assert.Contains((await TugasAsync(kepalaLoka)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == rekapIid);

        // Monev: the units report their follow-up; the coordinating unit cannot close monev before they have.
        await (await UnggahAsync(kshm, rekapIid, "A10", "Output", "monev.pdf", Pdf("monev"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(kshm, rekapIid, "A10", "Ajukan")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await kepalaJambi.PostAsJsonAsync($"/api/sop/instans/{rekapIid}/langkah/A10/penugasan", new { catatan = "Advokasi ke 3 kabupaten dijadwalkan Maret 2027." })).JsonAsync(HttpStatusCode.OK);
        await (await kepalaLoka.PostAsJsonAsync($"/api/sop/instans/{rekapIid}/langkah/A10/penugasan", new { catatan = "Lebong dan Kepahiang masuk rencana 2027." })).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(kshm, rekapIid, "A10", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(kepalaKshm, rekapIid, "A10", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Selesai", (await SiklusAsync(kshm)).GetProperty("status").GetString());

        // A 2027 A1 planned on the 2026 recommendation addressed to Jambi: the link is kept and A1 starts on it.
        var rekomendasi = await (await jambi.GetAsync($"/api/siklus-tahunan/{Sop}/2026/rekomendasi")).JsonAsync(HttpStatusCode.OK);
        var dasar = rekomendasi.EnumerateArray().Single().GetProperty("id").GetGuid();
        await (await jambi.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi PJAS 2027", "Audiensi", "2027-03-01", Guid.NewGuid())))
            .AssertValidationProblemAsync("dasarRekomendasiId");
        var baru = await (await jambi.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi PJAS Kabupaten Muaro Jambi", "Audiensi", "2027-03-01", dasar)))
            .JsonAsync(HttpStatusCode.Created);
        var baruIid = baru.GetProperty("instans").GetProperty("id").GetString()!;
        var instansBaru = await InstansAsync(jambi, baruIid);
        Assert.Equal(dasar, instansBaru.GetProperty("dasarRekomendasiId").GetGuid());
        Assert.True(Langkah(instansBaru, "A1").GetProperty("kelengkapanTersedia").GetBoolean());
        await (await AksiAsync(jambi, baruIid, "A1", "Mulai")).JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Opens the Word file, validates it with the OpenXML validator (no errors), returns its text.</summary>
    private static string ValidasiWord(byte[] isi)
    {
        using var ms = new MemoryStream(isi);
        using var doc = WordprocessingDocument.Open(ms, false);
        var galat = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} @ {e.Path?.XPath}").ToList();
        Assert.True(galat.Count == 0, string.Join("\n", galat));
        Assert.NotNull(doc.MainDocumentPart!.HeaderParts.SingleOrDefault());
        Assert.Contains("PAGE", doc.MainDocumentPart.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
        return string.Join("\n", doc.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

/// <summary>
/// SOP B's cycle: the directorates a step was routed to take part, an admin adds a unit, the recap starts as soon as
/// every report is in, Pimpinan's arahan has 1 HK, and a 2027 Pembinaan is planned on the 2026 recommendation.
/// </summary>
public class SiklusTahunanPembinaanTests(SiklusApiFactory api) : IClassFixture<SiklusApiFactory>
{
    private const string Sop = "POM-04.01-B";

    private static object Data(string judul, string mulai, Guid? dasar = null) => new
    {
        judul,
        asal = "SuratPermintaan",
        dasarKegiatan = "Surat Dinas Kesehatan No. 440/77/2026",
        komoditas = "ObatTradisional",
        fungsi = "Fasilitator",
        bentuk = "Pendampingan",
        sasaran = new object[]
        {
            new { nama = "UD Jamu Sehat", jenis = "PelakuUsaha", nib = "1234567890123", umkm = true, irtp = false, provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" },
            new { nama = "CV Rempah Raflesia", jenis = "PelakuUsaha", nib = (string?)null, umkm = true, irtp = false, provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" },
        },
        jumlahPeserta = 12,
        lokasi = "Kota Bengkulu",
        tanggalRencanaMulai = mulai,
        tanggalRencanaSelesai = mulai,
        uptSetempatId = (string?)null,
        dasarRekomendasiId = dasar,
    };

    [Fact]
    public async Task The_2026_cycle_of_SOP_B_includes_routed_directorates_and_gives_a_one_HK_arahan()
    {
        api.Tanggal(2026, 7, 6);
        var admin = await api.LoginAsync("admin");
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var kepalaBengkulu = await api.LoginAsync("kepala.bengkulu");
        var pmpuPangan = await api.LoginAsync("pusat.pmpu.pangan");
        var kepalaPmpuPangan = await api.LoginAsync("kepala.pmpu.pangan");
        var pimpinan = await api.LoginAsync("deputi3"); // a Deputi gives the arahan
        var was = await api.LoginAsync("pusat.was.otsk");
        var kepalaWas = await api.BuatPenggunaAsync("kepala.was.siklus", "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan", "KepalaUnit");
        var pmpuOt = await api.LoginAsync("pusat.pmpu.otskkos");
        var kepalaPmpuOt = await api.BuatPenggunaAsync("kepala.pmpuot.siklus", "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik", "KepalaUnit");
        var kepalaJambi = await api.BuatPenggunaAsync("kepala.jambi.b", "Balai POM di Jambi", "KepalaUnit");
        var jambi = await api.BuatPenggunaAsync("upt.jambi.b", "Balai POM di Jambi", "Upt");
        var idBengkulu = await api.UnitIdAsync("Balai POM di Bengkulu");
        var idJambi = await api.UnitIdAsync("Balai POM di Jambi");
        await (await bengkulu.PostAsJsonAsync("/api/pembinaan", Data("Pendampingan CPOTB UMKM jamu Kota Bengkulu", "2026-07-06"))).JsonAsync(HttpStatusCode.Created);

        // Opened by an admin in 2027 (only an admin); the routed directorates report too; an admin adds Jambi.
        api.Tanggal(2027, 1, 5);
        await (await bengkulu.PostAsync($"/api/siklus-tahunan/{Sop}/2026/buka", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"/api/siklus-tahunan/{Sop}/2027/buka", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(3, await (await admin.PostAsync($"/api/siklus-tahunan/{Sop}/2026/buka", null)).Content.ReadFromJsonAsync<int>());
        Assert.Equal(1, await (await admin.PostAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/unit", new { unitId = idJambi })).Content.ReadFromJsonAsync<int>());
        var siklus = await (await pmpuPangan.GetAsync($"/api/siklus-tahunan/{Sop}/2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan", siklus.GetProperty("namaKoordinator").GetString());
        var laporan = siklus.GetProperty("laporanUnit").EnumerateArray().ToDictionary(l => l.GetProperty("namaUnit").GetString()!, l => l.GetProperty("instansId").GetString()!);
        Assert.Equal(4, laporan.Count);
        Assert.Contains("Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan", laporan.Keys);

        var draf = await (await bengkulu.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idBengkulu}")).JsonAsync(HttpStatusCode.OK);
        var angka = draf.GetProperty("angka").GetProperty("angkaSop").EnumerateArray().ToDictionary(a => a.GetProperty("nama").GetString()!, a => a.GetProperty("nilai").GetInt32());
        Assert.Equal(2, angka["Pelaku usaha dibina"]);
        Assert.Equal(0, angka["Surat rekomendasi diterbitkan"]);
        Assert.Equal(12, angka["Peserta"]);

        // Every report in → the recap starts at once (before the window ends).
        foreach (var (pelapor, kepala, unit) in new[]
        {
            (bengkulu, kepalaBengkulu, "Balai POM di Bengkulu"), (was, kepalaWas, "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan"),
            (pmpuOt, kepalaPmpuOt, "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik"), (jambi, kepalaJambi, "Balai POM di Jambi"),
        })
        {
            Assert.Equal("LaporanUnit", (await (await pmpuPangan.GetAsync($"/api/siklus-tahunan/{Sop}/2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
            await SelesaikanLangkahAsync(pelapor, kepala, laporan[unit], "B7");
        }

        siklus = await (await pmpuPangan.GetAsync($"/api/siklus-tahunan/{Sop}/2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Rekapitulasi", siklus.GetProperty("status").GetString());
        Assert.Equal(4, siklus.GetProperty("rekap").GetProperty("laporanMasuk").GetInt32());
        Assert.Empty(siklus.GetProperty("rekap").GetProperty("unitTerlambat").EnumerateArray());
        var rekapIid = siklus.GetProperty("rekapInstansId").GetString()!;

        // B9 (Masukan dan arahan) has 1 HK: started Tuesday, due Wednesday.
        var instans = await SelesaikanLangkahAsync(pmpuPangan, kepalaPmpuPangan, rekapIid, "B8");
        Assert.Equal(1, Langkah(instans, "B9").GetProperty("waktuHk").GetInt32());
        Assert.Equal("2027-01-06", Keadaan(instans, "B9").JatuhTempo);
        Assert.Contains((await TugasAsync(pimpinan)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == rekapIid && t.GetProperty("langkahKode").GetString() == "B9");
        await (await pimpinan.PostAsJsonAsync($"/api/siklus-tahunan/{Sop}/2026/arahan",
            new { uraian = "Perbanyak pendampingan CPOTB bagi UMKM jamu", unitIds = new[] { idBengkulu }, targetTanggal = "2027-09-30" })).JsonAsync(HttpStatusCode.OK);
        await SelesaikanLangkahAsync(pimpinan, pimpinan, rekapIid, "B9");
        Assert.Contains((await TugasAsync(kepalaBengkulu)).EnumerateArray(), t => t.GetProperty("instansId").GetString() == rekapIid && t.GetProperty("langkahKode").GetString() == "B10");

        // The 2027 Pembinaan planned on it.
        var dasar = (await (await bengkulu.GetAsync($"/api/siklus-tahunan/{Sop}/2026/rekomendasi")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single().GetProperty("id").GetGuid();
        var baru = await (await bengkulu.PostAsJsonAsync("/api/pembinaan", Data("Pendampingan CPOTB 2027", "2027-02-01", dasar))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(dasar, baru.GetProperty("instans").GetProperty("dasarRekomendasiId").GetGuid());
        await (await bengkulu.PostAsJsonAsync("/api/advokasi", new
        {
            judul = "Advokasi salah SOP", topik = "x", komoditas = "PanganOlahan", pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Pemda" } },
            bentuk = "Fgd", lokasi = "x", tanggalRencanaMulai = "2027-02-01", tanggalRencanaSelesai = "2027-02-01", dasarKegiatan = "x", dasarRekomendasiId = dasar,
        })).AssertValidationProblemAsync("dasarRekomendasiId");
    }
}

/// <summary>SOP C's cycle: the report counts what was carried out (villages, schools, kader, participants) as the
/// Pemberdayaan recap does; a Loka reports to its koordinator; the recap's totals are the reports' sum; C7 has 5 HK.</summary>
public class SiklusTahunanPemberdayaanTests(SiklusApiFactory api) : IClassFixture<SiklusApiFactory>
{
    private const string Sop = "POM-04.01-C";

    [Fact]
    public async Task The_2026_cycle_of_SOP_C_reports_what_was_carried_out()
    {
        api.Tanggal(2026, 7, 6);
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepalaLoka = await api.LoginAsync("kepala.rejanglebong");
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var kepalaBengkulu = await api.LoginAsync("kepala.bengkulu");
        var pmpu = await api.LoginAsync("pusat.pmpu.pangan");
        var kepalaPmpu = await api.LoginAsync("kepala.pmpu.pangan");
        var idLoka = await api.UnitIdAsync("Loka POM di Kabupaten Rejang Lebong");
        var dibuat = await (await loka.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul = "Desa Pangan Aman Kecamatan Curup",
            program = "DesaPanganAman",
            komunitas = new[]
            {
                new { jenis = "Desa", nama = "Desa Sumber Urip", provinsi = "Bengkulu", kabupatenKota = "Kabupaten Rejang Lebong" },
                new { jenis = "Desa", nama = "Desa Air Meles", provinsi = "Bengkulu", kabupatenKota = "Kabupaten Rejang Lebong" },
                new { jenis = "Sekolah", nama = "SDN 1 Curup", provinsi = "Bengkulu", kabupatenKota = "Kabupaten Rejang Lebong" },
            },
            bentuk = "PembentukanKaderKomunitas",
            kader = new[]
            {
                new { nama = "Siti Aminah", peran = "Kader", komunitas = "Desa Sumber Urip", kontak = (string?)null },
                new { nama = "Ayu Lestari", peran = "Duta", komunitas = "SDN 1 Curup", kontak = (string?)null },
            },
            jumlahPeserta = 40,
            lokasi = "Balai Desa Sumber Urip",
            tanggalRencanaMulai = "2026-07-06",
            tanggalRencanaSelesai = "2026-11-30",
            dasarKegiatan = "Rencana kerja Loka 2026",
        })).JsonAsync(HttpStatusCode.Created);
        var iid = dibuat.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(loka, iid, "C1");
        foreach (var kode in new[] { "C1", "C2", "C3" })
        {
            await SelesaikanLangkahAsync(loka, kepalaLoka, iid, kode);
        }

        api.Tanggal(2027, 1, 4);
        await api.JalankanSiklusAsync();
        var siklus = await (await bengkulu.GetAsync($"/api/siklus-tahunan/{Sop}/2026")).JsonAsync(HttpStatusCode.OK);
        var laporanLoka = siklus.GetProperty("laporanUnit").EnumerateArray().Single();
        Assert.Equal("Balai POM di Bengkulu", laporanLoka.GetProperty("namaPenyetuju").GetString());
        var draf = await (await loka.GetAsync($"/api/siklus-tahunan/{Sop}/2026/laporan/{idLoka}")).JsonAsync(HttpStatusCode.OK);
        var angka = draf.GetProperty("angka").GetProperty("angkaSop").EnumerateArray().ToDictionary(a => a.GetProperty("nama").GetString()!, a => a.GetProperty("nilai").GetInt32());
        Assert.Equal((1, 2, 1, 2, 40), (angka["Kegiatan terlaksana"], angka["Desa"], angka["Sekolah"], angka["Kader/duta"], angka["Peserta"]));
        Assert.Equal(2, draf.GetProperty("angka").GetProperty("langkahSelesai").GetInt32()); // C1, C2 (C3 has no HK)

        await SelesaikanLangkahAsync(loka, kepalaBengkulu, laporanLoka.GetProperty("instansId").GetString()!, "C5");
        siklus = await (await pmpu.GetAsync($"/api/siklus-tahunan/{Sop}/2026")).JsonAsync(HttpStatusCode.OK);
        var total = siklus.GetProperty("rekap").GetProperty("total").GetProperty("angkaSop").EnumerateArray()
            .ToDictionary(a => a.GetProperty("nama").GetString()!, a => a.GetProperty("nilai").GetInt32());
        Assert.Equal(angka, total);
        var rekapIid = siklus.GetProperty("rekapInstansId").GetString()!;
        var instans = await SelesaikanLangkahAsync(pmpu, kepalaPmpu, rekapIid, "C6");
        Assert.Equal(5, Langkah(instans, "C7").GetProperty("waktuHk").GetInt32());
        Assert.Equal("Berjalan", Keadaan(instans, "C7").Status);
    }
}

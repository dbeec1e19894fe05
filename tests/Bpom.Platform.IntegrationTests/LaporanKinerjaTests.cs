using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 18 (1, 4, 7): rounding as published, penugasan direktif and the tally per kriteria, the analysis per
/// indicator, and the unit's Laporan Kinerja as a Word document whose every figure is the API's; the signed PDF is kept
/// as the period's final.
/// </summary>
public class LaporanKinerjaTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private const string Header =
        "unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi,penugasan_direktif";

    private const string Bengkulu = "Balai POM di Bengkulu";

    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    private static StringContent Csv(params string[] baris) => new(string.Join("\n", baris.Prepend(Header)) + "\n", Encoding.UTF8, "text/csv");

    private static string Fmt(JsonElement e, string p) => e.GetProperty(p).ValueKind == JsonValueKind.Null ? "-" : e.GetProperty(p).GetDecimal().ToString("N2", Id);

    private static string Teks(JsonElement e, string p) => e.GetProperty(p).GetString() ?? string.Empty;

    [Fact]
    public async Task The_laporan_kinerja_document_carries_every_figure_of_the_api()
    {
        api.Pada(7, 1);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balai = await api.LoginAsync("upt.bengkulu");
        var unitId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;

        // SS1's three capaian are 90.004, 90.004 and 90.007: shown 90.00, 90.00, 90.01 (whose mean is 90.00), but the
        // SS value is the mean of the unrounded capaian, 90.005 → 90.01. 2.1 is a penugasan direktif.
        await (await perencanaan.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2026,TW1,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,100,50,40,",
            $"{Bengkulu},2026,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,100,100,90.004,",
            $"{Bengkulu},2026,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.2,Persentase desa pangan aman,%,naik,100,100,90.004,",
            $"{Bengkulu},2026,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.3,Persentase pasar pangan aman,%,naik,100,100,90.007,tidak",
            $"{Bengkulu},2026,TW2,Internal Process,SS2,Meningkatnya pengawasan,ya,2.1,Jumlah intensifikasi pengawasan pangan,jumlah,naik,10,5,7,ya",
            $"{Bengkulu},2026,TW2,Internal Process,SS2,Meningkatnya pengawasan,ya,2.2,Rata-rata hari layanan,hari,turun,10,10,,",
            $"{Bengkulu},2025,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,100,100,75.5,"))).JsonAsync(HttpStatusCode.OK);

        // The analysis is entered with the realisation (kept through later imports).
        var form = await (await balai.PutAsJsonAsync("/api/kinerja/realisasi", new
        {
            unitId, tahun = 2026, periode = "TW2",
            isian = new[]
            {
                new
                {
                    kode = "1.1", nilai = (decimal?)90.004m, penyebab = "Sasaran KIE dipetakan bersama dinas", upaya = "KIE di 12 sekolah", programPendukung = "GKPD",
                    kendala = "Cuaca", rencanaTindakLanjut = "Tambah jadwal TW3", efisiensi = "Biaya per peserta turun 8%",
                },
            },
        })).JsonAsync(HttpStatusCode.OK);
        var isian = form.GetProperty("indikator").EnumerateArray().Single(i => Teks(i, "kode") == "1.1").GetProperty("isian");
        Assert.Equal(("KIE di 12 sekolah", "Biaya per peserta turun 8%"), (Teks(isian, "upaya"), Teks(isian, "efisiensi")));
        await (await balai.PutAsJsonAsync("/api/kinerja/realisasi", new
        {
            unitId, tahun = 2026, periode = "TW2", isian = new[] { new { kode = "1.2", nilai = 90.004m, upaya = new string('x', 2001) } },
        })).AssertValidationProblemAsync("isian[0].upaya");

        var n = await (await balai.GetAsync($"/api/kinerja/nilai?unitId={unitId}&tahun=2026&periode=TW2")).JsonAsync(HttpStatusCode.OK);
        var ss1 = n.GetProperty("sasaran").EnumerateArray().Single(s => Teks(s, "kode") == "SS1");
        Assert.Equal(90.01m, ss1.GetProperty("nilai").GetDecimal());
        var ind = n.GetProperty("indikator").EnumerateArray().ToList();
        Assert.Equal([90.00m, 90.00m, 90.01m], ind.Where(i => Teks(i, "kodeSasaran") == "SS1").Select(i => i.GetProperty("capaian").GetDecimal()));
        Assert.True(ind.Single(i => Teks(i, "kode") == "2.1").GetProperty("penugasanDirektif").GetBoolean());
        var jumlah = n.GetProperty("jumlahKriteria").EnumerateArray().ToDictionary(j => j.GetProperty("kriteria").GetString() ?? "-", j => (j.GetProperty("iku").GetInt32(), j.GetProperty("penugasanDirektif").GetInt32()));
        Assert.Equal((3, 0), jumlah["Cukup"]);
        Assert.Equal((0, 1), jumlah["Tidak dapat disimpulkan"]); // 7 of 5 = 140 %
        Assert.Equal((1, 0), jumlah["-"]); // 2.2 has no realisation yet
        Assert.Equal(ind.Count, jumlah.Values.Sum(v => v.Item1 + v.Item2));

        // The document: valid OpenXML, and every figure is the API's, in Indonesian format.
        var r = await balai.GetAsync($"/api/kinerja/laporan?unitId={unitId}&tahun=2026&periode=TW2");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.Content.Headers.ContentType!.MediaType);
        var (teks, tabel) = BacaWord(await r.Content.ReadAsByteArrayAsync());
        Assert.Contains("LAPORAN KINERJA TRIWULAN II TAHUN 2026", teks, StringComparison.Ordinal);
        Assert.Contains("Unit kerja: Balai POM di Bengkulu", teks, StringComparison.Ordinal);
        Assert.Contains("Peraturan Presiden Nomor 29 Tahun 2014", teks, StringComparison.Ordinal);

        var pk = Tabel(tabel, "Target tahunan");
        Assert.Contains(["Internal Process", "SS2 Meningkatnya pengawasan", "2.1", "Jumlah intensifikasi pengawasan pangan (penugasan direktif)", "jumlah", "10,00"], pk);

        var capaian = Tabel(tabel, "Sasaran / indikator");
        foreach (var i in ind)
        {
            Assert.Contains(
                [Teks(i, "kode"), Teks(i, "nama"), Fmt(i, "targetPeriode"), Fmt(i, "realisasi"), Fmt(i, "capaian"), Fmt(i, "capaianTahunan"), i.GetProperty("kriteria").GetString() ?? "Tidak terukur"],
                capaian);
        }

        foreach (var s in n.GetProperty("sasaran").EnumerateArray())
        {
            Assert.Contains(capaian, row => row[0] == Teks(s, "kode") && row[4] == Fmt(s, "nilai") && row[6] == (s.GetProperty("kriteria").GetString() ?? "Tidak terukur"));
        }

        Assert.Contains(capaian, row => row[0] == "SS1" && row[4] == "90,01");
        foreach (var p in n.GetProperty("perspektif").EnumerateArray())
        {
            Assert.Contains([Teks(p, "nama"), Fmt(p, "nilai")], Tabel(tabel, "Nilai"));
        }

        Assert.Contains($"Nilai Kinerja Organisasi (NKO): {Fmt(n, "nilaiKinerjaOrganisasi")}", teks, StringComparison.Ordinal);
        Assert.Contains($"Predikat: {Teks(n, "predikat")}", teks, StringComparison.Ordinal);
        var perKriteria = Tabel(tabel, "Penugasan direktif");
        Assert.Contains(["Cukup", "3", "0", "3"], perKriteria);
        Assert.Contains(["Tidak dapat disimpulkan", "0", "1", "1"], perKriteria);
        Assert.Contains(["Tidak terukur", "1", "0", "1"], perKriteria);

        var analisis = tabel.Where(t => t[0].SequenceEqual(["Uraian", "Analisis"])).ToList();
        Assert.Equal(ind.Count, analisis.Count);
        Assert.Contains(["Upaya yang dilakukan", "KIE di 12 sekolah"], analisis[0]);
        Assert.Contains(["Efisiensi penggunaan sumber daya", "Biaya per peserta turun 8%"], analisis[0]);

        // Compared with TW1 and with TW2 of the year before, on the API's own figures.
        var tw1 = await (await balai.GetAsync($"/api/kinerja/nilai?unitId={unitId}&tahun=2026&periode=TW1")).JsonAsync(HttpStatusCode.OK);
        var lalu = await (await balai.GetAsync($"/api/kinerja/nilai?unitId={unitId}&tahun=2025&periode=TW2")).JsonAsync(HttpStatusCode.OK);
        var banding = Tabel(tabel, "Predikat");
        Assert.Contains(["TW1 2026", Fmt(tw1, "nilaiKinerjaOrganisasi"), Teks(tw1, "predikat")], banding);
        Assert.Contains(["TW2 2025", Fmt(lalu, "nilaiKinerjaOrganisasi"), Teks(lalu, "predikat")], banding);
        Assert.Contains(["1.1", "Persentase KIE tepat sasaran", "75,50", "75,50", "90,00", "90,00"], Tabel(tabel, "Realisasi 2025"));

        // The annual report on the TW4 figures; bad input and other units' reports are refused.
        (teks, _) = BacaWord(await (await balai.GetAsync($"/api/kinerja/laporan?unit={Uri.EscapeDataString(Bengkulu)}&tahun=2026&periode=tahun")).Content.ReadAsByteArrayAsync());
        Assert.Contains("LAPORAN KINERJA TAHUNAN TAHUN 2026", teks, StringComparison.Ordinal);
        await (await balai.GetAsync($"/api/kinerja/laporan?unitId={unitId}&tahun=2026&periode=B05")).AssertValidationProblemAsync("periode");
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.laporan", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/kinerja/laporan?unitId={unitId}&tahun=2026&periode=TW2")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_signed_pdf_is_kept_as_the_periods_final_and_replacing_it_needs_a_reason()
    {
        api.Pada(7, 2);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balai = await api.LoginAsync("upt.bengkulu");
        var unitId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await perencanaan.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2026,TW2,Stakeholder,SS9,Sasaran final,ya,9.1,Indikator final,%,naik,100,100,100,"))).JsonAsync(HttpStatusCode.OK);
        await (await balai.GetAsync($"/api/kinerja/laporan/final?unitId={unitId}&tahun=2026&periode=TW2")).AssertProblemAsync(HttpStatusCode.NotFound);

        static MultipartFormDataContent Form(string unitId, byte[] isi, string nama, string? alasan = null)
        {
            var f = new MultipartFormDataContent { { new StringContent(unitId), "unitId" }, { new StringContent("2026"), "tahun" }, { new StringContent("TW2"), "periode" } };
            if (alasan is not null)
            {
                f.Add(new StringContent(alasan), "alasan");
            }

            var b = new ByteArrayContent(isi);
            b.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            f.Add(b, "berkas", nama);
            return f;
        }

        var pdf1 = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var pdf2 = Encoding.ASCII.GetBytes("%PDF-1.7\n% ditandatangani ulang\ntrailer<<>>\n%%EOF\n");
        await (await balai.PostAsync("/api/kinerja/laporan/final", Form(unitId, Encoding.UTF8.GetBytes("bukan pdf"), "laporan.pdf"))).AssertValidationProblemAsync("berkas");
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.final", "Balai POM di Jambi");
        await (await jambi.PostAsync("/api/kinerja/laporan/final", Form(unitId, pdf1, "laporan.pdf"))).AssertProblemAsync(HttpStatusCode.NotFound);

        var f1 = await (await balai.PostAsync("/api/kinerja/laporan/final", Form(unitId, pdf1, "laporan-tw2.pdf"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, "laporan-tw2.pdf"), (f1.GetProperty("versi").GetInt32(), Teks(f1, "namaBerkas")));
        await (await balai.PostAsync("/api/kinerja/laporan/final", Form(unitId, pdf2, "laporan-tw2-revisi.pdf"))).AssertValidationProblemAsync("alasan");
        var f2 = await (await balai.PostAsync("/api/kinerja/laporan/final", Form(unitId, pdf2, "laporan-tw2-revisi.pdf", "Salah halaman tanda tangan"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, f2.GetProperty("versi").GetInt32());

        var kini = await (await perencanaan.GetAsync($"/api/kinerja/laporan/final?unitId={unitId}&tahun=2026&periode=tw2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(f2.GetProperty("dokumenId").GetGuid(), kini.GetProperty("dokumenId").GetGuid());
        Assert.Equal(pdf2, await (await perencanaan.GetAsync($"/api/kinerja/dokumen/{kini.GetProperty("dokumenId").GetGuid()}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(pdf1, await (await perencanaan.GetAsync($"/api/kinerja/dokumen/{f1.GetProperty("dokumenId").GetGuid()}")).Content.ReadAsByteArrayAsync());
        await (await jambi.GetAsync($"/api/kinerja/laporan/final?unitId={unitId}&tahun=2026&periode=TW2")).AssertProblemAsync(HttpStatusCode.NotFound);

        var audit = await (await balai.GetAsync($"/api/kinerja/audit?unitId={unitId}&tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(audit.EnumerateArray(), a => Teks(a, "aksi") == "GantiLaporanFinal" && Teks(a, "alasan") == "Salah halaman tanda tangan");
    }

    [Fact]
    public async Task A_bad_penugasan_direktif_value_rejects_the_whole_import()
    {
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        await (await perencanaan.PostAsync("/api/kinerja/impor", Csv(
            $"{Bengkulu},2027,TW1,Stakeholder,SS1,Sasaran,ya,1.1,Indikator,%,naik,100,25,20,mungkin",
            $"{Bengkulu},2027,TW2,Stakeholder,SS1,Sasaran,ya,1.1,Indikator,%,naik,100,50,40,ya"))).AssertValidationProblemAsync("baris[2].penugasan_direktif");
        await (await perencanaan.GetAsync($"/api/kinerja/nilai?unit={Uri.EscapeDataString(Bengkulu)}&tahun=2027&periode=TW2")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Validates the document (no OpenXML errors) and returns its paragraphs' text and its tables (rows of cell texts).</summary>
    private static (string Teks, List<List<string[]>> Tabel) BacaWord(byte[] isi)
    {
        using var ms = new MemoryStream(isi);
        using var doc = WordprocessingDocument.Open(ms, false);
        var galat = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} @ {e.Path?.XPath}").ToList();
        Assert.True(galat.Count == 0, string.Join("\n", galat));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var teks = string.Join("\n", body.Elements<W.Paragraph>().Select(p => p.InnerText));
        var tabel = body.Elements<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .ToList();
        return (teks, tabel);
    }

    /// <summary>The data rows of the first table whose header has <paramref name="kolom"/>.</summary>
    private static List<string[]> Tabel(List<List<string[]>> tabel, string kolom) => tabel.First(t => t[0].Contains(kolom)).Skip(1).ToList();
}

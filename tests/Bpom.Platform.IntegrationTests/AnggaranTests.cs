using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 18.2: a unit's budget imported from the finance export (CSV or XLSX, whole-file rejection with per-row
/// errors), corrected with a reason (audited), shown as realisation % per quarter and per sasaran with efficiency,
/// and carried into the Laporan Kinerja document.
/// </summary>
public class AnggaranTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private const string Bengkulu = "Balai POM di Bengkulu";

    private const string KolomPk =
        "unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi";

    private static readonly string KolomAnggaran =
        "unit,tahun,kode_program,nama_program,kode_kegiatan,nama_kegiatan,kode_output,nama_output,kode_sasaran,pagu," + string.Join(",", Enumerable.Range(1, 12).Select(b => $"b{b:00}"));

    private static MultipartFormDataContent Berkas(byte[] isi, string nama, string? alasan = null)
    {
        var f = new MultipartFormDataContent { { new ByteArrayContent(isi), "berkas", nama } };
        if (alasan is not null)
        {
            f.Add(new StringContent(alasan), "alasan");
        }

        return f;
    }

    private static byte[] Csv(params string[] baris) => Encoding.UTF8.GetBytes(string.Join("\n", baris.Prepend(KolomAnggaran)) + "\n");

    /// <summary>A line: pagu and the realisation of months 1–12 (missing = empty).</summary>
    private static string Baris(string unit, string output, string nama, string sasaran, decimal pagu, params decimal[] bulan) =>
        $"{unit},2026,054.01.WA,Program Pengawasan Obat dan Makanan,3165,Pengawasan Obat dan Makanan di Daerah,{output},{nama},{sasaran},{pagu.ToString(CultureInfo.InvariantCulture)}," +
        string.Join(",", Enumerable.Range(0, 12).Select(i => i < bulan.Length ? bulan[i].ToString(CultureInfo.InvariantCulture) : string.Empty));

    [Fact]
    public async Task Budget_is_imported_corrected_and_reported_against_the_sasaran()
    {
        api.Pada(7, 1);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balai = await api.LoginAsync("upt.bengkulu");
        var unitId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await perencanaan.PostAsync("/api/kinerja/impor", new StringContent(string.Join("\n",
            KolomPk,
            $"{Bengkulu},2026,TW2,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Persentase KIE,%,naik,100,100,90",
            $"{Bengkulu},2026,TW2,Internal Process,SS2,Meningkatnya pengawasan,ya,2.1,Jumlah sarana diperiksa,jumlah,naik,100,50,60") + "\n", Encoding.UTF8, "text/csv")))
            .JsonAsync(HttpStatusCode.OK);

        // A bad file is refused whole, naming every bad row and column; nothing is stored.
        var jutaan = Enumerable.Repeat(10_000_000m, 6).ToArray();
        var problem = await (await balai.PostAsync("/api/kinerja/anggaran/impor", Berkas(Csv(
            Baris(Bengkulu, "3165.QDC.001", "Layanan KIE", "SS1", 100_000_000m, jutaan),
            Baris("Balai POM di Atlantis", "3165.QDC.002", "Pengawasan", "", 1m),
            Baris(Bengkulu, "3165.QDC.003", "Lebih dari pagu", "", 5_000_000m, 6_000_000m),
            Baris(Bengkulu, "3165.QDC.004", "Sasaran asing", "SS7", 1m),
            Baris(Bengkulu, "3165.QDC.001", "Ganda", "SS1", 1m),
            Baris(Bengkulu, "3165.QDC.005", "Pagu negatif", "", -1m),
            $"{Bengkulu},2026,054.01.WA,Program,3165,Kegiatan,3165.QDC.006,Teks,,satu juta"), "anggaran.csv")))
            .AssertValidationProblemAsync("baris[3].unit", "baris[4].pagu", "baris[5].kode_sasaran", "baris[6].kode_output", "baris[7].pagu", "baris[8].pagu");
        Assert.Contains("melebihi pagu", problem.GetProperty("errors").GetProperty("baris[4].pagu")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await (await balai.GetAsync($"/api/kinerja/anggaran?unitId={unitId}&tahun=2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("baris").EnumerateArray());

        // Another Balai may neither import nor read it.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.anggaran", "Balai POM di Jambi");
        await (await jambi.PostAsync("/api/kinerja/anggaran/impor", Berkas(Csv(Baris(Bengkulu, "3165.QDC.001", "Layanan KIE", "SS1", 1m)), "a.csv")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await jambi.GetAsync($"/api/kinerja/anggaran?unitId={unitId}&tahun=2026")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The finance export as XLSX: three ROs, two linked to sasaran, plus one that a re-import will drop.
        var lembar = new[]
        {
            Baris(Bengkulu, "3165.QDC.001", "Layanan KIE", "SS1", 100_000_000m, [.. jutaan, 5_000_000m]),
            Baris(Bengkulu, "3165.QDC.002", "Pengawasan sarana", "SS2", 50_000_000m, 0m, 5_000_000m, 0m, 0m, 15_000_000m),
            Baris(Bengkulu, "3165.EBA.994", "Layanan perkantoran", "", 200_000_000m, [.. Enumerable.Repeat(10_000_000m, 12)]),
            Baris(Bengkulu, "3165.EBA.999", "Dihapus nanti", "", 1_000m),
        }.Select(b => KolomAnggaran.Split(',').Zip(b.Split(',')).ToDictionary(x => x.First, x => (object?)(decimal.TryParse(x.Second, CultureInfo.InvariantCulture, out var d) && x.First is not ("kode_kegiatan" or "tahun") ? d : x.Second)))
            .ToList();
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(lembar);
        var hasil = await (await balai.PostAsync("/api/kinerja/anggaran/impor", Berkas(xlsx.ToArray(), "sakti.xlsx"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, hasil.GetProperty("baris").GetInt32());

        // Re-imported as CSV without the last line: it is removed, the others updated in place.
        hasil = await (await balai.PostAsync("/api/kinerja/anggaran/impor", Berkas(Csv(
            Baris(Bengkulu, "3165.QDC.001", "Layanan KIE", "SS1", 100_000_000m, [.. jutaan, 5_000_000m]),
            Baris(Bengkulu, "3165.QDC.002", "Pengawasan sarana", "SS2", 50_000_000m, 0m, 5_000_000m, 0m, 0m, 15_000_000m),
            Baris(Bengkulu, "3165.EBA.994", "Layanan perkantoran", "", 200_000_000m, [.. Enumerable.Repeat(10_000_000m, 12)])), "sakti.csv", "Data SAKTI Juni"))).JsonAsync(HttpStatusCode.OK);
        var unitHasil = hasil.GetProperty("unit")[0];
        Assert.Equal((3, 1, 350_000_000m), (unitHasil.GetProperty("baris").GetInt32(), unitHasil.GetProperty("dihapus").GetInt32(), unitHasil.GetProperty("pagu").GetDecimal()));

        // To the end of June: 60 + 20 + 60 million of 350 million = 40 %; TW1 65 million = 18.57 %.
        var a = await (await balai.GetAsync($"/api/kinerja/anggaran?unitId={unitId}&tahun=2026&periode=TW2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((350_000_000m, 140_000_000m, 40.00m), (a.GetProperty("pagu").GetDecimal(), a.GetProperty("realisasi").GetDecimal(), a.GetProperty("persen").GetDecimal()));
        var tw = a.GetProperty("perTriwulan").EnumerateArray().ToDictionary(t => t.GetProperty("periode").GetString()!);
        Assert.Equal((65_000_000m, 18.57m), (tw["TW1"].GetProperty("realisasi").GetDecimal(), tw["TW1"].GetProperty("persenKumulatif").GetDecimal()));
        Assert.Equal((75_000_000m, 140_000_000m), (tw["TW2"].GetProperty("realisasi").GetDecimal(), tw["TW2"].GetProperty("realisasiKumulatif").GetDecimal()));

        // Per sasaran: SS1 60 % spent for capaian 90 → efficiency 1.50; SS2 40 % for 120 (capped) → 3.00; unlinked: none.
        var ss = a.GetProperty("perSasaran").EnumerateArray().ToDictionary(s => s.GetProperty("kodeSasaran").GetString() ?? "-");
        Assert.Equal((60.00m, 90.00m, 1.50m), (ss["SS1"].GetProperty("persenAnggaran").GetDecimal(), ss["SS1"].GetProperty("capaianKinerja").GetDecimal(), ss["SS1"].GetProperty("indeksEfisiensi").GetDecimal()));
        Assert.Equal((40.00m, 120.00m, 3.00m), (ss["SS2"].GetProperty("persenAnggaran").GetDecimal(), ss["SS2"].GetProperty("capaianKinerja").GetDecimal(), ss["SS2"].GetProperty("indeksEfisiensi").GetDecimal()));
        Assert.Equal((30.00m, JsonValueKind.Null), (ss["-"].GetProperty("persenAnggaran").GetDecimal(), ss["-"].GetProperty("indeksEfisiensi").ValueKind));

        // A correction needs a reason and the version read; it is audited with the values before and after.
        var kie = a.GetProperty("baris").EnumerateArray().Single(b => b.GetProperty("kodeOutput").GetString() == "3165.QDC.001");
        var id = kie.GetProperty("id").GetGuid();
        var versi = kie.GetProperty("versi").GetInt32();
        decimal[] bulanBaru = [.. jutaan, 5_000_000m, 0m, 0m, 0m, 0m, 0m];
        bulanBaru[5] = 20_000_000m;
        await (await balai.PutAsJsonAsync($"/api/kinerja/anggaran/{id}", new { kodeSasaran = "SS1", pagu = 100_000_000m, realisasiBulanan = bulanBaru, versi })).AssertValidationProblemAsync("alasan");
        await (await balai.PutAsJsonAsync($"/api/kinerja/anggaran/{id}", new { kodeSasaran = "SS1", pagu = 10m, realisasiBulanan = bulanBaru, alasan = "x", versi })).AssertValidationProblemAsync("pagu");
        await (await balai.PutAsJsonAsync($"/api/kinerja/anggaran/{id}", new { kodeSasaran = "SS1", pagu = 100_000_000m, realisasiBulanan = bulanBaru, alasan = "x", versi = versi - 1 }))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var ubah = await (await balai.PutAsJsonAsync($"/api/kinerja/anggaran/{id}", new { kodeSasaran = "SS1", pagu = 100_000_000m, realisasiBulanan = bulanBaru, alasan = "SP2D Juni terlewat", versi }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(versi + 1, ubah.GetProperty("versi").GetInt32());
        var audit = await (await balai.GetAsync($"/api/kinerja/audit?unitId={unitId}&tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(audit.EnumerateArray(), x => x.GetProperty("aksi").GetString() == "UbahAnggaran" && x.GetProperty("alasan").GetString() == "SP2D Juni terlewat");
        Assert.Contains(audit.EnumerateArray(), x => x.GetProperty("aksi").GetString() == "ImporAnggaran" && x.GetProperty("alasan").GetString() == "Data SAKTI Juni");

        // The Laporan Kinerja carries the budget section with the API's figures.
        a = await (await balai.GetAsync($"/api/kinerja/anggaran?unitId={unitId}&tahun=2026&periode=TW2")).JsonAsync(HttpStatusCode.OK);
        var id_ = CultureInfo.GetCultureInfo("id-ID");
        string Rp(JsonElement e, string p) => e.GetProperty(p).ValueKind == JsonValueKind.Null ? "-" : e.GetProperty(p).GetDecimal().ToString("N2", id_);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await (await balai.GetAsync($"/api/kinerja/laporan?unitId={unitId}&tahun=2026&periode=TW2")).Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var teks = string.Join("\n", body.Elements<W.Paragraph>().Select(p => p.InnerText));
        Assert.Contains($"Realisasi s.d. Juni: Rp{Rp(a, "realisasi")} ({Rp(a, "persen")}%)", teks, StringComparison.Ordinal);
        Assert.Equal("150.000.000,00", Rp(a, "realisasi"));
        var tabel = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .First(t => t[0].Contains("Indeks efisiensi"));
        foreach (var s in a.GetProperty("perSasaran").EnumerateArray())
        {
            Assert.Contains(tabel, r => r[1] == Rp(s, "pagu") && r[2] == Rp(s, "realisasi") && r[3] == Rp(s, "persenAnggaran") && r[4] == Rp(s, "capaianKinerja") && r[5] == Rp(s, "indeksEfisiensi"));
        }
    }
}

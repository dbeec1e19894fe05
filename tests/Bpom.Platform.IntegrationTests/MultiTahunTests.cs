using System.Net;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 18.3: Renstra targets per indicator for its five years, the realisation of earlier years, and the
/// comparison "tahun n−k … n" and "capaian vs target Renstra", also in the Laporan Kinerja.</summary>
public class MultiTahunTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private const string Bengkulu = "Balai POM di Bengkulu";

    private static MultipartFormDataContent Berkas(params string[] baris) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", baris.Prepend("unit,tahun_awal,kode_indikator,nama_indikator,satuan,arah,tahun,target")) + "\n")), "berkas", "renstra.csv" } };

    private static decimal? Angka(JsonElement e, string p) => e.GetProperty(p).ValueKind == JsonValueKind.Null ? null : e.GetProperty(p).GetDecimal();

    [Fact]
    public async Task Indicators_are_compared_over_the_years_and_against_the_renstra()
    {
        api.Pada(7, 1);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balai = await api.LoginAsync("upt.bengkulu");
        var unitId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        const string kolom = "unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi";
        await (await perencanaan.PostAsync("/api/kinerja/impor", new StringContent(string.Join("\n",
            kolom,
            $"{Bengkulu},2024,TW4,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,80,80,70",
            $"{Bengkulu},2025,TW4,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,85,85,85",
            $"{Bengkulu},2026,TW4,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,90,90,99",
            $"{Bengkulu},2026,TW4,Internal Process,SS2,Layanan cepat,ya,2.1,Rata-rata hari layanan,hari,turun,5,5,4") + "\n", Encoding.UTF8, "text/csv")))
            .JsonAsync(HttpStatusCode.OK);

        // A bad Renstra row rejects the file.
        await (await perencanaan.PostAsync("/api/kinerja/renstra/impor", Berkas(
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2031,95",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,ke atas,2026,88",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2027,sembilan puluh")))
            .AssertValidationProblemAsync("baris[2].tahun", "baris[3].arah", "baris[4].target");
        await (await balai.PostAsync("/api/kinerja/renstra/impor", Berkas($"Balai POM di Jambi,2025,1.1,Persentase KIE,%,naik,2025,85"))).AssertProblemAsync(HttpStatusCode.Forbidden);

        var hasil = await (await perencanaan.PostAsync("/api/kinerja/renstra/impor", Berkas(
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2025,85",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2026,88",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2027,90",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2028,92",
            $"{Bengkulu},2025,1.1,Persentase KIE,%,naik,2029,95"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((2029, 1), (hasil.GetProperty("unit")[0].GetProperty("tahunAkhir").GetInt32(), hasil.GetProperty("unit")[0].GetProperty("indikator").GetInt32()));

        // 2024–2026 at TW4: capaian 70/80, 85/85, 99/90; against the Renstra 85/85, 99/88 and the final 99/95.
        var m = await (await balai.GetAsync($"/api/kinerja/multi-tahun?unitId={unitId}&tahun=2026&periode=TW4&mundur=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((2024, 2025, 2029), (m.GetProperty("tahunDari").GetInt32(), m.GetProperty("renstraAwal").GetInt32(), m.GetProperty("renstraAkhir").GetInt32()));
        var kie = m.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "1.1");
        var tahun = kie.GetProperty("tahun").EnumerateArray().ToList();
        Assert.Equal([2024, 2025, 2026], tahun.Select(t => t.GetProperty("tahun").GetInt32()));
        Assert.Equal([70m, 85m, 99m], tahun.Select(t => Angka(t, "realisasi")));
        Assert.Equal([87.50m, 100.00m, 110.00m], tahun.Select(t => Angka(t, "capaian")));
        Assert.Equal([null, 85m, 88m], tahun.Select(t => Angka(t, "targetRenstra")));
        Assert.Equal([null, 100.00m, 112.50m], tahun.Select(t => Angka(t, "capaianRenstra")));
        Assert.Equal((95m, 104.21m), (Angka(kie, "targetAkhirRenstra"), Angka(kie, "capaianAkhirRenstra")));
        var layanan = m.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "2.1");
        Assert.Equal(JsonValueKind.Null, layanan.GetProperty("tahunAkhirRenstra").ValueKind);
        Assert.Equal([null, null, 125.00m], layanan.GetProperty("tahun").EnumerateArray().Select(t => Angka(t, "capaian")));

        // The annual Laporan Kinerja shows the Renstra table with the same figures.
        using var doc = WordprocessingDocument.Open(new MemoryStream(await (await balai.GetAsync($"/api/kinerja/laporan?unitId={unitId}&tahun=2026&periode=TAHUN")).Content.ReadAsByteArrayAsync()), false);
        var tabel = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .First(t => t[0].Contains("Capaian thd Renstra (%)"));
        Assert.Contains(["1.1", "Persentase KIE", "88,00", "99,00", "112,50", "95,00", "104,21"], tabel);

        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.renstra", "Balai POM di Jambi");
        await (await jambi.GetAsync($"/api/kinerja/multi-tahun?unitId={unitId}&tahun=2026")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await balai.GetAsync($"/api/kinerja/multi-tahun?unitId={unitId}&tahun=2026&mundur=12")).AssertValidationProblemAsync("mundur");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 18.6: SKM as published — the 25–100 scale per element, IKM weighted by respondents per unit and
/// nationally, compared with the year before and the target; a hand-computed case.</summary>
public class SkmRekapTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static async Task SimpanAsync(HttpClient c, int tahun, string layanan, int responden, params decimal[] unsur)
    {
        var unitId = (await (await c.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await c.PostAsJsonAsync("/api/kinerja/skm", new { unitId, tahun, periode = "S1", layanan, jumlahResponden = responden, unsur })).JsonAsync(HttpStatusCode.OK);
    }

    private static decimal[] Semua(decimal u, decimal? u9 = null) => [.. Enumerable.Repeat(u, 8), u9 ?? u];

    [Fact]
    public async Task Ikm_is_weighted_by_respondents_per_unit_and_nationally_on_the_25_to_100_scale()
    {
        api.Pada(7, 1);
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.skm", "Balai POM di Jambi");
        await SimpanAsync(bengkulu, 2026, "Pengujian", 100, Semua(3.5m));
        await SimpanAsync(bengkulu, 2026, "Informasi", 100, Semua(3.0m));
        await SimpanAsync(bengkulu, 2025, "Pengujian", 50, Semua(3.2m));
        await SimpanAsync(jambi, 2026, "Pengujian", 200, Semua(3.0m, 2.0m));

        // Nationally: U1–U8 (3.5·100 + 3·100 + 3·200) / 400 = 3.125 → 78.13; U9 (350 + 300 + 400) / 400 = 2.625 → 65.63 (C);
        // IKM (8 · 3.125 + 2.625) / 9 · 25 = 76.736 → 76.74 (B), against 80.00 a year before → −3.26; below the target 88.31.
        var pimpinan = await api.LoginAsync("pimpinan");
        var r = await (await pimpinan.GetAsync("/api/kinerja/skm/rekap?tahun=2026&periode=s1")).JsonAsync(HttpStatusCode.OK);
        var n = r.GetProperty("nasional");
        Assert.Equal(("Nasional", 400, 3), (n.GetProperty("unit").GetString(), n.GetProperty("jumlahResponden").GetInt32(), n.GetProperty("layanan").GetInt32()));
        Assert.Equal((76.74m, "B (Baik)"), (n.GetProperty("ikm").GetDecimal(), n.GetProperty("mutu").GetString()));
        Assert.Equal((80.00m, -3.26m, 88.31m, false), (n.GetProperty("ikmTahunLalu").GetDecimal(), n.GetProperty("selisih").GetDecimal(), n.GetProperty("target").GetDecimal(), n.GetProperty("memenuhiTarget").GetBoolean()));
        var unsur = n.GetProperty("unsur").EnumerateArray().ToList();
        Assert.Equal((78.13m, "U1", "Persyaratan"), (unsur[0].GetProperty("nilai").GetDecimal(), unsur[0].GetProperty("kode").GetString(), unsur[0].GetProperty("nama").GetString()));
        Assert.Equal((65.63m, "C (Kurang Baik)"), (unsur[8].GetProperty("nilai").GetDecimal(), unsur[8].GetProperty("mutu").GetString()));

        // Per unit: Bengkulu (3.5 + 3.0) / 2 → 81.25 (B), +1.25 on 80.00; Jambi (8 · 3 + 2) / 9 · 25 = 72.22 (C), no year before.
        var unit = r.GetProperty("unit").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
        Assert.Equal((81.25m, "B (Baik)", 1.25m), (unit["Balai POM di Bengkulu"].GetProperty("ikm").GetDecimal(), unit["Balai POM di Bengkulu"].GetProperty("mutu").GetString(), unit["Balai POM di Bengkulu"].GetProperty("selisih").GetDecimal()));
        Assert.Equal((72.22m, "C (Kurang Baik)", JsonValueKind.Null), (unit["Balai POM di Jambi"].GetProperty("ikm").GetDecimal(), unit["Balai POM di Jambi"].GetProperty("mutu").GetString(), unit["Balai POM di Jambi"].GetProperty("ikmTahunLalu").ValueKind));
        Assert.Equal(["Balai POM di Bengkulu", "Balai POM di Jambi"], r.GetProperty("unit").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));

        // A Balai sees its own scope only.
        var milikBengkulu = await (await bengkulu.GetAsync("/api/kinerja/skm/rekap?tahun=2026&periode=S1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Balai POM di Bengkulu"], milikBengkulu.GetProperty("unit").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(("Cakupan Anda", 81.25m), (milikBengkulu.GetProperty("nasional").GetProperty("unit").GetString(), milikBengkulu.GetProperty("nasional").GetProperty("ikm").GetDecimal()));
        await (await pimpinan.GetAsync("/api/kinerja/skm/rekap?tahun=2026&periode=B01")).AssertValidationProblemAsync("periode");
    }

    [Fact]
    public async Task The_semester_monitoring_annexes_list_units_and_recommendations_with_their_elements_and_conditions()
    {
        api.Pada(7, 2);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var balai = await api.LoginAsync("upt.bengkulu");
        var unitId = (await (await balai.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        async Task<string> RekomendasiAsync(string nomor, string sumber, string? unsur) => (await (await perencanaan.PostAsJsonAsync("/api/kinerja/rencana-aksi", new
        {
            unitId, tahun = 2026, semester = 1, sumber, nomorRekomendasi = nomor, rekomendasi = $"Rekomendasi {nomor}", unsur,
        })).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/rencana-aksi", new { unitId, tahun = 2026, semester = 1, sumber = "Skm", nomorRekomendasi = "X", rekomendasi = "X", unsur = "U10" }))
            .AssertValidationProblemAsync("unsur");
        var r1 = await RekomendasiAsync("M-01", "Skm", "u3");
        var r2 = await RekomendasiAsync("M-02", "Skm", "U9");
        await RekomendasiAsync("M-03", "Advokasi", null);
        var isi = await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new
        {
            aksi = "Isi", rencana = "Tambah loket layanan", batasWaktu = "2026-06-30", kondisiSebelum = "Antrean 45 menit", kondisiSesudah = "Antrean 15 menit",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("U3", "Antrean 45 menit", "Antrean 15 menit"), (isi.GetProperty("unsur").GetString(), isi.GetProperty("kondisiSebelum").GetString(), isi.GetProperty("kondisiSesudah").GetString()));
        await (await balai.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r2}", new { aksi = "Isi", rencana = "Cat ulang ruang tunggu" })).JsonAsync(HttpStatusCode.OK);
        await (await perencanaan.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r1}", new { aksi = "Nilai", sesuai = true })).JsonAsync(HttpStatusCode.OK);
        await (await perencanaan.PostAsJsonAsync($"/api/kinerja/rencana-aksi/{r2}", new { aksi = "Nilai", sesuai = false, catatan = "Tidak menjawab unsur sarana" })).JsonAsync(HttpStatusCode.OK);

        var r = await perencanaan.GetAsync("/api/kinerja/rencana-aksi/monitoring.xlsx?tahun=2026&semester=1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var isiBerkas = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal(["Lampiran 1", "Lampiran 2"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(isiBerkas)));
        var l1 = MiniExcelLibs.MiniExcel.Query(new MemoryStream(isiBerkas), useHeaderRow: true, sheetName: "Lampiran 1").Cast<IDictionary<string, object?>>().ToList();
        var bengkulu = l1.Single(x => (string?)x["Unit"] == "Balai POM di Bengkulu");
        Assert.Equal((3d, 2d, 1d, 33.33d, 3d), (Convert.ToDouble(bengkulu["Jumlah rekomendasi"]), Convert.ToDouble(bengkulu["Jumlah rencana aksi"]), Convert.ToDouble(bengkulu["Rencana aksi sesuai"]), Convert.ToDouble(bengkulu["% sesuai"]), Convert.ToDouble(bengkulu["Open"])));
        Assert.Equal("U3 Waktu Penyelesaian; U9 Sarana dan Prasarana", bengkulu["Unsur belum terpenuhi"]);
        Assert.Equal("Total", l1[^1]["Unit"]);
        var l2 = MiniExcelLibs.MiniExcel.Query(new MemoryStream(isiBerkas), useHeaderRow: true, sheetName: "Lampiran 2").Cast<IDictionary<string, object?>>().ToList();
        var m1 = l2.Single(x => (string?)x["No. rekomendasi"] == "M-01");
        Assert.Equal(("U3 Waktu Penyelesaian", "Tambah loket layanan", "Antrean 45 menit", "Antrean 15 menit", "30 Juni 2026", "Open", "Ya"),
            ((string?)m1["Unsur"], (string?)m1["Rencana aksi"], (string?)m1["Kondisi sebelum"], (string?)m1["Kondisi sesudah"], (string?)m1["Timeline"], (string?)m1["Status"], (string?)m1["Sesuai rekomendasi"]));
        var m2 = l2.Single(x => (string?)x["No. rekomendasi"] == "M-02");
        Assert.Equal(("Tidak", "Tidak menjawab unsur sarana"), ((string?)m2["Sesuai rekomendasi"], (string?)m2["Catatan"]));
        Assert.Equal("Belum dinilai", l2.Single(x => (string?)x["No. rekomendasi"] == "M-03")["Sesuai rekomendasi"]);

        // The same as a Word report: valid OpenXML, the recap from Lampiran 1's total, the recommendation rows.
        var word = await perencanaan.GetAsync("/api/kinerja/rencana-aksi/monitoring.docx?tahun=2026&semester=1");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var teks = string.Join("\n", body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("LAPORAN MONITORING TINDAK LANJUT REKOMENDASI SEMESTER I TAHUN 2026", teks, StringComparison.Ordinal);
        Assert.Contains("Rencana aksi sesuai rekomendasi: 1 (33,33%)", teks, StringComparison.Ordinal);
        Assert.Contains("Unsur SKM belum terpenuhi: U3 Waktu Penyelesaian; U9 Sarana dan Prasarana", teks, StringComparison.Ordinal);
        var baris = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().SelectMany(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Contains(baris, r => r.Contains("M-01") && r.Contains("Antrean 45 menit") && r.Contains("30 Juni 2026") && r.Contains("Ya"));
        Assert.Contains(baris, r => r.Length > 4 && r[0] == "Balai POM di Bengkulu" && r[1] == "3" && r[4] == "33,33");

        // Another Balai's export has none of Bengkulu's rows.
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.monitoring", "Balai POM di Jambi");
        var milikJambi = await (await jambi.GetAsync("/api/kinerja/rencana-aksi/monitoring.xlsx?tahun=2026&semester=1")).Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain(MiniExcelLibs.MiniExcel.Query(new MemoryStream(milikJambi), useHeaderRow: true, sheetName: "Lampiran 2").Cast<IDictionary<string, object?>>(), x => (string?)x["Unit"] == "Balai POM di Bengkulu");
    }
}

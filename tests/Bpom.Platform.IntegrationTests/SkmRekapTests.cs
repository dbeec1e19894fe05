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
}

using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Recaps kept for the production default of 30 seconds.</summary>
public sealed class RekapSingkatApiFactory : ApiFactory
{
    protected override int RekapDisimpanDetik => 30;
}

/// <summary>Issue 14: a national recap read by a crowd is computed once and kept briefly per reader scope; a change
/// made through the API shows at once; what changes behind its back shows when the time is up.</summary>
public class RekapSingkatTests(RekapSingkatApiFactory api) : IClassFixture<RekapSingkatApiFactory>
{
    private static async Task<decimal> RespondenAsync(HttpClient c) =>
        (await (await c.GetAsync("/api/kinerja/skm/rekap?tahun=2026&periode=S1")).JsonAsync(HttpStatusCode.OK)).GetProperty("nasional").GetProperty("jumlahResponden").GetDecimal();

    private static async Task SimpanAsync(HttpClient c, string layanan, int responden)
    {
        var unitId = (await (await c.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await c.PostAsJsonAsync("/api/kinerja/skm", new { unitId, tahun = 2026, periode = "S1", layanan, jumlahResponden = responden, unsur = Enumerable.Repeat(3.2m, 9) }))
            .JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_recap_is_kept_per_reader_scope_and_a_change_through_the_API_shows_at_once()
    {
        var bengkulu = await api.LoginAsync("upt.bengkulu");
        var pimpinan = await api.LoginAsync("pimpinan");
        var pimpinanLain = await api.BuatPenggunaAsync("pimpinan.rekap", "Kepala Badan POM", "Pimpinan");
        var deputi = await api.LoginAsync("deputi3");
        var admin = await api.LoginAsync("admin");
        await SimpanAsync(bengkulu, "Pengujian", 120);

        // A crowd of readers at once: one answer for all.
        var serentak = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RespondenAsync(pimpinan)));
        Assert.All(serentak, n => Assert.Equal(120m, n));

        // A change behind the API's back (as another instance's write would be): the same scope keeps its answer …
        await using (var conn = new NpgsqlConnection(api.ConnectionString))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand("UPDATE kinerja.hasil_skm SET \"JumlahResponden\" = 80", conn).ExecuteNonQueryAsync();
        }

        Assert.Equal(120m, await RespondenAsync(pimpinan));
        Assert.Equal(120m, await RespondenAsync(pimpinanLain)); // another person of the same roles and unit: the same scope

        // A write through another instance (a second host in this process) is another instance's write: this instance
        // keeps its recaps until their time is up (each host has its own generation, not one per process).
        await using (var kedua = new InstansKedua(api.ConnectionString, api.Clock.GetCurrentInstant()))
        {
            await ((Xunit.IAsyncLifetime)kedua).InitializeAsync();
            var bengkuluKedua = kedua.CreateClient();
            bengkuluKedua.DefaultRequestHeaders.Authorization = bengkulu.DefaultRequestHeaders.Authorization;
            await SimpanAsync(bengkuluKedua, "Informasi", 10);
        }

        Assert.Equal(120m, await RespondenAsync(pimpinan));

        // … a reader of another scope (another unit, other roles) computes its own …
        Assert.Equal(90m, await RespondenAsync(deputi));
        Assert.Equal(90m, await RespondenAsync(admin));

        // … and any change through the API starts afresh for everyone.
        await SimpanAsync(bengkulu, "Informasi", 10);
        Assert.Equal(90m, await RespondenAsync(pimpinan));
    }
}

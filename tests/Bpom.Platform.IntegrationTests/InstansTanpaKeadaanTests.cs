using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>A second API instance on the first one's database (a second pod behind the load balancer); it re-reads a
/// session's state after one second.</summary>
public sealed class InstansKedua(string connectionString, Instant sekarang) : ApiFactory(connectionString, sekarang)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:CekSesiDetik", "1");
    }
}

/// <summary>Issue 19.3: nothing an instance keeps in memory matters to correctness — a token issued by one instance is
/// honoured by the other, data protected by one is read by the other (one key ring in PostgreSQL), and a holiday
/// added on one reaches the other's calendar cache within its interval.</summary>
public class InstansTanpaKeadaanTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    [Fact]
    public async Task Two_instances_share_tokens_keys_and_the_holiday_calendar()
    {
        var admin = await api.LoginAsync("admin");
        var balaiA = await api.LoginAsync("upt.bengkulu");
        await using var b = new InstansKedua(api.ConnectionString, api.Clock.GetCurrentInstant());
        await ((IAsyncLifetime)b).InitializeAsync();

        // The token from instance A works on instance B.
        var balaiB = b.CreateClient();
        balaiB.DefaultRequestHeaders.Authorization = balaiA.DefaultRequestHeaders.Authorization;
        await (await balaiB.GetAsync("/api/tugas-saya")).JsonAsync(HttpStatusCode.OK);

        // Data protected on A is read on B; the key ring is a table.
        var rahasia = api.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("uji").Protect("halo dari A");
        Assert.Equal("halo dari A", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("uji").Unprotect(rahasia));
        await using (var koneksi = new NpgsqlConnection(api.ConnectionString))
        {
            await koneksi.OpenAsync();
            await using var hitung = new NpgsqlCommand("SELECT count(*) FROM organisasi.kunci_perlindungan_data", koneksi);
            Assert.True((long)(await hitung.ExecuteScalarAsync())! >= 1);
        }

        // B computes a due date (and caches the calendar); A's admin adds a holiday on that day; once B's cache interval
        // (Organisasi:CacheDetik, 10 s) has passed on its clock, B counts it.
        const string url = "/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-06-08&hk=5";
        var sebelum = (await (await balaiB.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("jatuhTempo").GetString()!;
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-06-10", jenis = "libur_nasional", nama = "Libur uji dua instans" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(sebelum, (await (await balaiB.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("jatuhTempo").GetString()); // still cached
        b.Clock.Advance(Duration.FromSeconds(11));
        var sesudah = (await (await balaiB.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("jatuhTempo").GetString()!;
        Assert.True(string.CompareOrdinal(sesudah, sebelum) > 0, $"{sesudah} should be after {sebelum}");

        // Signing out on A ends the session on B too, once B's session check reads the table again (here after 1 s).
        Assert.Equal(HttpStatusCode.NoContent, (await balaiA.PostAsync("/api/auth/logout", null)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var setelah = b.CreateClient();
        setelah.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", balaiA.DefaultRequestHeaders.Authorization!.Parameter);
        Assert.Equal(HttpStatusCode.Unauthorized, (await setelah.GetAsync("/api/tugas-saya")).StatusCode);
    }
}

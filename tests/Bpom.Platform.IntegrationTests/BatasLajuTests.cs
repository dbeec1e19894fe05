using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Rate limits on, small enough to test; the client address comes from a test header (TestServer has none).</summary>
public sealed class BatasLajuApiFactory : ApiFactory
{
    public const string HeaderIp = "X-Uji-Ip";

    public BatasLajuApiFactory()
    {
    }

    private BatasLajuApiFactory(string connectionString, Instant sekarang)
        : base(connectionString, sekarang)
    {
    }

    /// <summary>A second API instance on the same database (as behind the HA topology's load balancer).</summary>
    public BatasLajuApiFactory InstansKedua() => new(ConnectionString, Clock.GetCurrentInstant());

    protected override bool BatasLajuAktif => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BatasLaju:LoginPerIp", "8");
        builder.UseSetting("BatasLaju:LoginGagalPerPengguna", "8");
        builder.UseSetting("BatasLaju:LoginGagalPerIp", "7");
        builder.UseSetting("BatasLaju:PerPengguna", "15");
        builder.UseSetting("BatasLaju:PerIp", "1000");
        builder.UseSetting("Auth:Lockout:MaxGagalAkun", "7");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, AlamatUji>();

    private sealed class AlamatUji : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext c, RequestDelegate n) =>
            {
                if (c.Request.Headers.TryGetValue(HeaderIp, out var ip) && IPAddress.TryParse(ip, out var alamat))
                {
                    c.Connection.RemoteIpAddress = alamat;
                }

                return n(c);
            });
            next(app);
        };
    }
}

/// <summary>Issue 16.2: login limited per address (spraying) and per username (guessing), the lockout of an address +
/// user pair that does not lock the owner out, a per-user limit on the API, 429 ProblemDetails with Retry-After.</summary>
public class BatasLajuTests(BatasLajuApiFactory api) : IClassFixture<BatasLajuApiFactory>
{
    private HttpClient Dari(string ip) => Dari(api, ip);

    private static HttpClient Dari(BatasLajuApiFactory instans, string ip)
    {
        var c = instans.CreateClient();
        c.DefaultRequestHeaders.Add(BatasLajuApiFactory.HeaderIp, ip);
        return c;
    }

    [Fact]
    public async Task Two_instances_on_one_database_count_the_same_failures()
    {
        var kedua = api.InstansKedua();
        await kedua.InitializeAsync();
        try
        {
            // Five failures of one address + username, alternating instances: the pair is locked on both.
            for (var i = 0; i < 5; i++)
            {
                await (await Dari(i % 2 == 0 ? api : kedua, "203.0.113.50").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.pangan", password = "Tebakan#2026" }))
                    .AssertProblemAsync(HttpStatusCode.Unauthorized);
            }

            foreach (var instans in new[] { api, kedua })
            {
                await (await Dari(instans, "203.0.113.50").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.pangan", password = ApiFactory.DemoPassword }))
                    .AssertProblemAsync(HttpStatusCode.Unauthorized);
            }

            await (await Dari(kedua, "198.51.100.50").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.pangan", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);

            // Guessing one account from many addresses, half on each instance: the 8 a minute are for both together.
            for (var i = 0; i < 8; i++)
            {
                await (await Dari(i % 2 == 0 ? api : kedua, $"203.0.113.{60 + i}").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.otskkos", password = "Tebakan#2026" }))
                    .AssertProblemAsync(HttpStatusCode.Unauthorized);
            }

            foreach (var instans in new[] { api, kedua })
            {
                var r = await Dari(instans, "203.0.113.90").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.otskkos", password = "Tebakan#2026" });
                await r.AssertProblemAsync(HttpStatusCode.TooManyRequests);
                Assert.NotNull(r.Headers.RetryAfter);
            }

            // Spraying from one address, half on each instance: 7 failures a minute for both together — below
            // either instance's own limit on every attempt (8), so it is the shared count that stops it.
            for (var i = 0; i < 7; i++)
            {
                await (await Dari(i % 2 == 0 ? api : kedua, "203.0.113.70").PostAsJsonAsync("/api/auth/login", new { username = $"semprot{i}", password = "Tebakan#2026" }))
                    .AssertProblemAsync(HttpStatusCode.Unauthorized);
            }

            foreach (var instans in new[] { api, kedua })
            {
                await (await Dari(instans, "203.0.113.70").PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword }))
                    .AssertProblemAsync(HttpStatusCode.TooManyRequests);
            }

            // A minute later both instances let the address try again.
            api.Clock.Advance(Duration.FromSeconds(61));
            kedua.Clock.Advance(Duration.FromSeconds(61));
            await (await Dari(kedua, "203.0.113.70").PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);

            // The hourly clean-up forgets counters a day old whose lock is over.
            async Task<long> BarisAsync()
            {
                await using var conn = new NpgsqlConnection(api.ConnectionString);
                await conn.OpenAsync();
                return (long)(await new NpgsqlCommand("SELECT count(*) FROM organisasi.percobaan_login", conn).ExecuteScalarAsync())!;
            }

            Assert.True(await BarisAsync() >= 10);
            api.Clock.Advance(Duration.FromHours(25));
            await (await Dari(api, "203.0.113.51").PostAsJsonAsync("/api/auth/login", new { username = "pusat.pmpu.pangan", password = "Tebakan#2026" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
            await using (var scope = api.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Infrastructure.Modules.PelaksanaJobBerulang>().JalankanAsync("organisasi-bersihkan-percobaan-login", CancellationToken.None);
            }

            Assert.Equal(3, await BarisAsync()); // the new failure's username, address and pair
        }
        finally
        {
            await ((IAsyncLifetime)kedua).DisposeAsync();
        }
    }

    [Fact]
    public async Task Password_spraying_from_one_address_is_stopped_with_429_and_Retry_After()
    {
        // Seven failures a minute from one address, whatever the usernames (the shared count) …
        var penyerang = Dari("203.0.113.7");
        for (var i = 0; i < 7; i++)
        {
            await (await penyerang.PostAsJsonAsync("/api/auth/login", new { username = $"korban{i}", password = "Tebakan#2026" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        var ditolak = await penyerang.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword });
        await ditolak.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(ditolak.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        // … and eight attempts of any outcome (the instance's own limiter, before the database is asked).
        var sibuk = Dari("203.0.113.8");
        for (var i = 0; i < 8; i++)
        {
            await (await sibuk.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);
        }

        await (await sibuk.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword })).AssertProblemAsync(HttpStatusCode.TooManyRequests);

        // Another address is not affected.
        await (await Dari("198.51.100.1").PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Five_failures_lock_the_address_out_of_the_account_but_not_its_owner_and_guessing_one_account_is_limited()
    {
        var penyerang = Dari("203.0.113.20");
        for (var i = 0; i < 5; i++)
        {
            await (await penyerang.PostAsJsonAsync("/api/auth/login", new { username = "pusat.perencanaan", password = "Tebakan#2026" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        // The attacker's address is locked out even with the right password; the owner, elsewhere, logs in.
        await (await penyerang.PostAsJsonAsync("/api/auth/login", new { username = "pusat.perencanaan", password = ApiFactory.DemoPassword })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Dari("198.51.100.20").PostAsJsonAsync("/api/auth/login", new { username = "pusat.perencanaan", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);

        // Failures for one username from many addresses: after 8 in a minute, 429 for everyone guessing it.
        for (var i = 0; i < 8; i++)
        {
            await (await Dari($"203.0.113.{100 + i}").PostAsJsonAsync("/api/auth/login", new { username = "kepala.perencanaan", password = "Tebakan#2026" }))
                .AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        var dibatasi = await Dari("203.0.113.200").PostAsJsonAsync("/api/auth/login", new { username = "kepala.perencanaan", password = "Tebakan#2026" });
        await dibatasi.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(dibatasi.Headers.RetryAfter);
    }

    [Fact]
    public async Task Failures_from_many_addresses_lock_the_account_itself()
    {
        for (var i = 0; i < 7; i++)
        {
            await (await Dari($"192.0.2.{10 + i}").PostAsJsonAsync("/api/auth/login", new { username = "pusat.was.otsk", password = "Tebakan#2026" }))
                .AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await Dari("192.0.2.99").PostAsJsonAsync("/api/auth/login", new { username = "pusat.was.otsk", password = ApiFactory.DemoPassword }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        var admin = await api.LoginAsync("admin");
        var pengguna = (await (await admin.GetAsync("/api/pengguna?cari=pusat.was.otsk")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray().Single();
        Assert.True(pengguna.GetProperty("terkunci").GetBoolean());
        await (await admin.PostAsync($"/api/pengguna/{pengguna.GetProperty("id").GetString()}/buka-kunci", null)).JsonAsync(HttpStatusCode.OK);
        await (await Dari("192.0.2.99").PostAsJsonAsync("/api/auth/login", new { username = "pusat.was.otsk", password = ApiFactory.DemoPassword })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_over_the_per_user_limit_gets_429_and_another_user_does_not()
    {
        var boros = await api.LoginAsync("upt.bengkulu");
        var status = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            status.Add((await boros.GetAsync("/api/auth/saya")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.OK, status);
        Assert.Contains(HttpStatusCode.TooManyRequests, status);
        var respons = await boros.GetAsync("/api/auth/saya");
        var problem = await respons.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Terlalu banyak permintaan", problem.GetProperty("title").GetString());
        Assert.NotNull(respons.Headers.RetryAfter);
        await (await (await api.LoginAsync("loka.rejanglebong")).GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}

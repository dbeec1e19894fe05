using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using NodaTime;

namespace Bpom.Platform.IntegrationTests;

public class AuthTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("admin", "Admin", "Pusat Data dan Informasi Obat dan Makanan")]
    [InlineData("pusat.advokasi", "UnitKerjaPusat", "Biro Kerja Sama dan Hubungan Masyarakat")]
    [InlineData("pusat.pmpu.pangan", "UnitKerjaPusat", "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan")]
    [InlineData("upt.bengkulu", "Upt", "Balai POM di Bengkulu")]
    [InlineData("loka.rejanglebong", "Upt", "Loka POM di Kabupaten Rejang Lebong")]
    [InlineData("ppsdm", "Ppsdm", "Pusat Pengembangan Sumber Daya Manusia Pengawas Obat dan Makanan (PPSDM)")]
    [InlineData("pimpinan", "Pimpinan", "Kepala Badan POM")]
    public async Task Every_demo_user_logs_in_and_sees_their_unit_and_role(string username, string role, string unit)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = ApiFactory.DemoPassword });
        var token = await response.JsonAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        var expiresAt = NodaTime.Text.InstantPattern.ExtendedIso.Parse(token.GetProperty("expiresAt").GetString()!).Value;
        Assert.Equal(api.Clock.GetCurrentInstant() + Duration.FromMinutes(15), expiresAt);
        var sesiBerakhir = NodaTime.Text.InstantPattern.ExtendedIso.Parse(token.GetProperty("refreshExpiresAt").GetString()!).Value;
        Assert.Equal(api.Clock.GetCurrentInstant() + Duration.FromHours(12), sesiBerakhir);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));

        var client = await api.LoginAsync(username);
        var me = await (await client.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(username, me.GetProperty("username").GetString());
        Assert.Equal(new[] { role }, me.GetProperty("peran").EnumerateArray().Select(p => p.GetString()).ToArray());
        Assert.Equal(unit, me.GetProperty("namaUnit").GetString());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var client = api.CreateClient();
        var wrongPassword = await (await client.PostAsJsonAsync("/api/auth/login", new { username = "pimpinan", password = "salah-sekali-123" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await client.PostAsJsonAsync("/api/auth/login", new { username = "tidak.ada", password = "salah-sekali-123" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrongPassword.GetProperty("title").GetString(), unknownUser.GetProperty("title").GetString());
        Assert.Equal(wrongPassword.GetProperty("detail").GetString(), unknownUser.GetProperty("detail").GetString());
        Assert.DoesNotContain("password", wrongPassword.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Username_is_case_insensitive()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = " PPSDM ", password = ApiFactory.DemoPassword });
        await response.JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_for_fifteen_minutes()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/auth/login", new { username = "pusat.advokasi", password = $"keliru-{i}-12345" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { username = "pusat.advokasi", password = ApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);

        api.Clock.Advance(Duration.FromMinutes(16));
        var unlocked = await client.PostAsJsonAsync("/api/auth/login", new { username = "pusat.advokasi", password = ApiFactory.DemoPassword });
        await unlocked.JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_naming_the_fields()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "", password = (string?)null });
        await response.AssertValidationProblemAsync("username", "password");
    }

    [Fact]
    public async Task Requests_without_a_token_get_401_problem_details()
    {
        var response = await api.CreateClient().GetAsync("/api/unit-kerja");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_is_rejected()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6IkFkbWluIiwiaXNzIjoiYnBvbS1wbGF0Zm9ybSIsImF1ZCI6ImJwb20tcGxhdGZvcm0ifQ.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kalender/pengaturan")).StatusCode);
    }
}

/// <summary>Outside Development (and without Seed:DemoUsers) no demo account exists.</summary>
public class ProductionSeedFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override bool SeedDemoUsers => false;
}

public class ProductionSeedTests(ProductionSeedFactory api) : IClassFixture<ProductionSeedFactory>
{
    [Fact]
    public async Task Demo_users_are_not_seeded_and_master_data_is()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        await using var conn = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT (SELECT count(*) FROM organisasi.unit_kerja), (SELECT count(*) FROM organisasi.tanggal_libur), (SELECT count(*) FROM organisasi.pengguna)", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetInt64(0) > 100);
        // Every holiday of the shipped file (18 August 2025 included, by the seed update's first run).
        var dikirim = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "hari-libur.csv")).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.Equal(dikirim, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
    }
}

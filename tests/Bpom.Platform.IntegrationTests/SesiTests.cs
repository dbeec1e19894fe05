using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 16.1: sessions are revocable. A change of an account's roles, unit, active flag or password ends its
/// existing sessions (access and refresh tokens); refresh tokens rotate and a rotated one presented again ends the
/// chain; logout ends the session at once; tokens without <c>exp</c>, session or stamp are refused.
/// </summary>
public class SesiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<(HttpClient Client, JsonElement Token)> MasukAsync(string username, string password)
    {
        var client = api.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/login", new { username, password })).JsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return (client, token);
    }

    private async Task<(string Id, string UnitId)> BuatAsync(HttpClient admin, string username, string[] peran, string unit = "Balai POM di Jambi")
    {
        var units = await (await admin.GetAsync($"/api/unit-kerja?cari={Uri.EscapeDataString(unit)}")).JsonAsync(HttpStatusCode.OK);
        var unitId = units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == unit).GetProperty("id").GetString()!;
        var dibuat = await (await admin.PostAsJsonAsync("/api/pengguna", new { username, namaLengkap = "Uji Sesi", unitId, peran, kataSandi = "Uji#Sesi2026!" }))
            .JsonAsync(HttpStatusCode.Created);
        return (dibuat.GetProperty("id").GetString()!, unitId);
    }

    [Fact]
    public async Task A_demoted_admins_old_token_can_no_longer_create_an_admin()
    {
        var admin = await api.LoginAsync("admin");
        var (id, unitId) = await BuatAsync(admin, "admin.sementara", ["Admin"]);
        var (lama, _) = await MasukAsync("admin.sementara", "Uji#Sesi2026!");
        await (await lama.GetAsync("/api/pengguna")).JsonAsync(HttpStatusCode.OK);

        await (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { namaLengkap = "Uji Sesi", unitId, peran = new[] { "Upt" }, aktif = true })).JsonAsync(HttpStatusCode.OK);
        await (await lama.PostAsJsonAsync("/api/pengguna", new { username = "admin.liar", namaLengkap = "x", unitId, peran = new[] { "Admin" }, kataSandi = "Uji#Sesi2026!" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        var daftar = await (await admin.GetAsync("/api/pengguna?cari=admin.liar")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(daftar.GetProperty("item").EnumerateArray(), p => p.GetProperty("username").GetString() == "admin.liar");

        // A new login works with the new roles.
        var (baru, _) = await MasukAsync("admin.sementara", "Uji#Sesi2026!");
        await (await baru.GetAsync("/api/pengguna")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("nonaktif")]
    [InlineData("pindah-unit")]
    [InlineData("kata-sandi")]
    public async Task Deactivation_a_unit_move_or_a_password_reset_ends_the_sessions(string perubahan)
    {
        var admin = await api.LoginAsync("admin");
        var username = $"sesi.{perubahan}";
        var (id, unitId) = await BuatAsync(admin, username, ["Upt"]);
        var (lama, token) = await MasukAsync(username, "Uji#Sesi2026!");
        await (await lama.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK);
        var bengkulu = (await (await admin.GetAsync("/api/unit-kerja?cari=Bengkulu")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .First(u => u.GetProperty("nama").GetString() == "Balai POM di Bengkulu").GetProperty("id").GetString();
        var respons = perubahan switch
        {
            "nonaktif" => await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { namaLengkap = "Uji Sesi", unitId, peran = new[] { "Upt" }, aktif = false }),
            "pindah-unit" => await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { namaLengkap = "Uji Sesi", unitId = bengkulu, peran = new[] { "Upt" }, aktif = true }),
            _ => await admin.PutAsJsonAsync($"/api/pengguna/{id}/kata-sandi", new { kataSandi = "Baru#Sesi2026!" }),
        };
        await respons.JsonAsync(HttpStatusCode.OK);
        await (await lama.GetAsync("/api/auth/saya")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_name_change_keeps_the_session()
    {
        var admin = await api.LoginAsync("admin");
        var (id, unitId) = await BuatAsync(admin, "sesi.nama", ["Upt"]);
        var (lama, _) = await MasukAsync("sesi.nama", "Uji#Sesi2026!");
        await (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new { namaLengkap = "Nama Baru", unitId, peran = new[] { "Upt" }, aktif = true })).JsonAsync(HttpStatusCode.OK);
        await (await lama.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_rotates_and_a_rotated_token_presented_again_ends_the_chain()
    {
        var anonim = api.CreateClient();
        var (_, token) = await MasukAsync("upt.bengkulu", ApiFactory.DemoPassword);
        var r1 = token.GetProperty("refreshToken").GetString();
        var t2 = await (await anonim.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = r1 })).JsonAsync(HttpStatusCode.OK);
        var r2 = t2.GetProperty("refreshToken").GetString();
        Assert.NotEqual(r1, r2);
        var c2 = api.CreateClient();
        c2.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", t2.GetProperty("accessToken").GetString());
        await (await c2.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK);

        // The first token again (stolen copy): refused, and the chain's current session ends too.
        await (await anonim.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = r1 })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonim.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = r2 })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await c2.GetAsync("/api/auth/saya")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonim.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "" })).AssertValidationProblemAsync("refreshToken");
        await (await anonim.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "bukan-token" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_ends_the_access_token_and_the_refresh_token_at_once()
    {
        var (client, token) = await MasukAsync("loka.rejanglebong", ApiFactory.DemoPassword);
        var (lain, _) = await MasukAsync("loka.rejanglebong", ApiFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);
        await (await client.GetAsync("/api/auth/saya")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await lain.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK); // another session of the same user stays
    }

    [Theory]
    [InlineData(true, true, true)] // the same token rebuilt with everything: accepted (the forging itself is sound)
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public async Task Tokens_without_exp_session_or_stamp_are_refused(bool exp, bool sid, bool stamp)
    {
        var (_, token) = await MasukAsync("admin", ApiFactory.DemoPassword);
        var asli = new JsonWebToken(token.GetProperty("accessToken").GetString());
        var klaim = asli.Claims.Where(c => c.Type is not ("exp" or "iat" or "nbf" or "aud" or "iss"))
            .Where(c => (sid || c.Type != "sid") && (stamp || c.Type != "stamp")).ToList();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "bpom-platform",
            Audience = "bpom-platform",
            Subject = new ClaimsIdentity(klaim),
            Expires = exp ? api.Clock.GetCurrentInstant().ToDateTimeUtc().AddMinutes(10) : null,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiFactory.SigningKey)), SecurityAlgorithms.HmacSha256),
        };
        var palsu = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", palsu);
        var respons = await client.GetAsync("/api/pengguna");
        if (exp && sid && stamp)
        {
            await respons.JsonAsync(HttpStatusCode.OK);
        }
        else
        {
            await respons.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }
}

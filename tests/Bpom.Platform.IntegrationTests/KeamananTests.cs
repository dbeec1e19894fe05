using System.Net;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bpom.Platform.IntegrationTests;

/// <summary>As outside Development: HTTPS required (redirection, HSTS).</summary>
public sealed class HttpsApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Keamanan:WajibHttps", "true");
        builder.UseSetting("https_port", "443");
    }
}

/// <summary>Issue 16.3: security headers on every response, no-store on API data, the dashboard cookie set by the
/// server (HttpOnly, SameSite=Strict, /hangfire), antiforgery on dashboard POSTs; HTTPS and HSTS outside Development.</summary>
public class KeamananTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Header(HttpResponseMessage r, string nama) =>
        r.Headers.TryGetValues(nama, out var v) ? string.Join(",", v) : r.Content.Headers.TryGetValues(nama, out var c) ? string.Join(",", c) : string.Empty;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/auth/saya")]
    [InlineData("/api/tidak-ada")]
    [InlineData("/health/live")]
    public async Task Every_response_carries_the_security_headers_and_a_strict_CSP(string path)
    {
        var r = await api.CreateClient().GetAsync(path);
        var csp = Header(r, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        var script = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", script);
        Assert.Equal("nosniff", Header(r, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(r, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(r, "Referrer-Policy"));
        Assert.Equal(string.Empty, Header(r, "Server"));
    }

    [Fact]
    public async Task Api_data_is_never_cached_and_the_tools_get_their_own_policy()
    {
        var admin = await api.LoginAsync("admin");
        var pengguna = await admin.GetAsync("/api/pengguna");
        Assert.Equal(HttpStatusCode.OK, pengguna.StatusCode);
        Assert.True(pengguna.Headers.CacheControl?.NoStore);
        var swagger = await api.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(swagger, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_cookie_is_set_by_the_server_httponly_and_dashboard_posts_need_antiforgery()
    {
        var admin = await api.LoginAsync("admin");
        var r = await admin.PostAsync("/api/auth/dasbor", null);
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        var cookie = r.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bpom_hangfire=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/hangfire", cookie, StringComparison.OrdinalIgnoreCase);
        await (await (await api.LoginAsync("upt.bengkulu")).PostAsync("/api/auth/dasbor", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var nilai = cookie.Split(';')[0];
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var halaman = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        halaman.Headers.Add("Cookie", nilai);
        var dasbor = await browser.SendAsync(halaman);
        Assert.True(dasbor.StatusCode == HttpStatusCode.OK, await dasbor.Content.ReadAsStringAsync());
        using var kirim = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = new FormUrlEncodedContent([new("jobs[]", "siklus-tahunan")]) };
        kirim.Headers.Add("Cookie", nilai);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(kirim)).StatusCode);
    }
}

public class HttpsTests(HttpsApiFactory api) : IClassFixture<HttpsApiFactory>
{
    [Fact]
    public async Task Outside_Development_http_is_redirected_to_https_and_https_answers_carry_HSTS()
    {
        var http = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://bpom.test") });
        var r = await http.GetAsync("/api/auth/saya");
        Assert.True(r.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, r.StatusCode.ToString());
        Assert.Equal("https://bpom.test/api/auth/saya", r.Headers.Location?.ToString());
        var https = api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bpom.test") });
        var aman = await https.GetAsync("/health/live");
        Assert.Contains("max-age=", string.Join(",", aman.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}

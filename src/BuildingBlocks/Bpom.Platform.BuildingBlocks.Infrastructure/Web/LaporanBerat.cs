using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// ASP.NET Core's rate limiter for the whole API, one place:
/// <list type="bullet">
/// <item>every request: a token bucket per signed-in user (<c>BatasLaju:PerPengguna</c> per minute, default 600), and
/// per client address for anonymous requests (<c>BatasLaju:PerIp</c>, default 300); health checks are not limited;</item>
/// <item>login (<c>[EnableRateLimiting(LaporanBerat.KebijakanLogin)]</c>): per client address (<c>BatasLaju:LoginPerIp</c>
/// per minute, default 20) — password spraying across accounts; the per-username limit and the lockout of an
/// address+user pair are the login's own (Organisasi);</item>
/// <item>national recaps and comparisons (<c>[EnableRateLimiting(LaporanBerat.Kebijakan)]</c>): a few at a time
/// (<c>Laporan:Serentak</c>, default two per core), the rest queued (<c>Laporan:Antrean</c>, default 1,000) — bounded
/// memory, CPU left for the inbox and lists.</item>
/// </list>
/// Refusals are 429 ProblemDetails with <c>Retry-After</c>. <c>BatasLaju:Aktif=false</c> lifts the per-user, per-address
/// and login limits (the test suite and the load test do; the recap queue stays).
/// </summary>
public static class LaporanBerat
{
    public const string Kebijakan = "laporan-berat";

    public const string KebijakanLogin = "login";

    public static IServiceCollection AddLaporanBerat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var aktif = configuration.GetValue("BatasLaju:Aktif", true);
        var perPengguna = configuration.GetValue("BatasLaju:PerPengguna", 600);
        var perIp = configuration.GetValue("BatasLaju:PerIp", 300);
        var loginPerIp = configuration.GetValue("BatasLaju:LoginPerIp", 20);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (konteks, ct) =>
            {
                var http = konteks.HttpContext;
                var detik = konteks.Lease.TryGetMetadata(MetadataName.RetryAfter, out var tunggu) ? Math.Max(1, (int)Math.Ceiling(tunggu.TotalSeconds)) : 5;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = detik.ToString(CultureInfo.InvariantCulture);
                var laporan = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Kebijakan;
                await http.Response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = laporan ? "Terlalu banyak permintaan laporan" : "Terlalu banyak permintaan",
                        Detail = laporan
                            ? "Antrean laporan nasional sedang penuh; coba lagi beberapa detik lagi."
                            : $"Batas jumlah permintaan terlampaui; coba lagi dalam {detik} detik.",
                    },
                    options: null,
                    contentType: "application/problem+json",
                    cancellationToken: ct);
            };
            o.AddConcurrencyLimiter(Kebijakan, c =>
            {
                c.PermitLimit = configuration.GetValue("Laporan:Serentak", Environment.ProcessorCount * 2);
                c.QueueLimit = configuration.GetValue("Laporan:Antrean", 1000);
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.AddPolicy(KebijakanLogin, http => aktif
                ? RateLimitPartition.GetFixedWindowLimiter($"login:{Alamat(http)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = loginPerIp, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("login"));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!aktif || http.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("bebas");
                }

                var pengguna = http.User.FindFirst("sub")?.Value;
                var (kunci, batas) = pengguna is not null ? ($"u:{pengguna}", perPengguna) : ($"ip:{Alamat(http)}", perIp);
                return RateLimitPartition.GetTokenBucketLimiter(kunci, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = batas,
                    TokensPerPeriod = batas,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }

    /// <summary>The client's address (behind a proxy: as the forwarded-headers middleware set it).</summary>
    public static string Alamat(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : IPAddress.None.ToString();
    }

    public static IApplicationBuilder UseLaporanBerat(this IApplicationBuilder app) => app.UseRateLimiter();
}

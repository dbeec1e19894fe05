using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// National recaps and comparisons (<c>[EnableRateLimiting(LaporanBerat.Kebijakan)]</c>) compute over a whole period of
/// every unit: a few of them at a time (<c>Laporan:Serentak</c>, default two per core) and the rest wait in line
/// (<c>Laporan:Antrean</c>, default 1,000) instead of running together. That bounds the memory they hold and keeps
/// them from starving the inbox and lists of CPU; a full queue answers 429 with a ProblemDetails.
/// </summary>
public static class LaporanBerat
{
    public const string Kebijakan = "laporan-berat";

    public static IServiceCollection AddLaporanBerat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (konteks, ct) =>
            {
                var http = konteks.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "5";
                await http.Response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Terlalu banyak permintaan laporan",
                        Detail = "Antrean laporan nasional sedang penuh; coba lagi beberapa detik lagi.",
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
        });
    }

    public static IApplicationBuilder UseLaporanBerat(this IApplicationBuilder app) => app.UseRateLimiter();
}

using System.Net;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// OpenTelemetry for the host: traces (ASP.NET Core, HttpClient, Npgsql, the platform's own spans such as recurring
/// jobs) and metrics (the same plus the runtime and <see cref="Telemetri"/>'s business counters). Exported by OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and on <c>/metrics</c> for Prometheus — answered only to a
/// scraper inside the network (loopback or a private address, not through a proxy that adds X-Forwarded-For).
/// <c>OTEL_SERVICE_NAME</c> / <c>OTEL_SERVICE_INSTANCE_ID</c> name the service and the instance.
/// </summary>
internal static class Observabilitas
{
    public static IServiceCollection AddBpomObservabilitas(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var ot = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                configuration["OTEL_SERVICE_NAME"] ?? "bpom-platform",
                serviceInstanceId: configuration["OTEL_SERVICE_INSTANCE_ID"] ?? Environment.MachineName))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource(Telemetri.Nama);
            })
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Telemetri.Nama, "Npgsql")
                .AddPrometheusExporter());
        if (otlp)
        {
            ot.UseOtlpExporter();
        }

        services.AddHealthChecks().AddCheck<SimpulBasisData>("simpul-basis-data", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    public static void MapBpomObservabilitas(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics")
            .AddEndpointFilter(async (ctx, next) => DariJaringanDalam(ctx.HttpContext) ? await next(ctx) : Results.NotFound())
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = TulisKesiapanAsync }).AllowAnonymous();
    }

    /// <summary>A scrape from inside the network: loopback or a private address, not forwarded by a proxy.</summary>
    private static bool DariJaringanDalam(HttpContext http)
    {
        if (http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Connection.RemoteIpAddress is not { } ip)
        {
            return false;
        }

        ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        if (IPAddress.IsLoopback(ip))
        {
            return true;
        }

        var b = ip.GetAddressBytes();
        return ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            ? b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            : ip.IsIPv6UniqueLocal || ip.IsIPv6LinkLocal;
    }

    /// <summary>{ status, checks: [{ name, status, description }], database: { server, replika } }.</summary>
    private static Task TulisKesiapanAsync(HttpContext http, HealthReport laporan)
    {
        http.Response.ContentType = "application/json";
        var db = laporan.Entries.TryGetValue("simpul-basis-data", out var e) ? e.Data : null;
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = laporan.Status.ToString(),
            database = db is null ? null : new { server = db.GetValueOrDefault("server"), replika = db.GetValueOrDefault("replika") },
            checks = laporan.Entries.Select(x => new { name = x.Key, status = x.Value.Status.ToString(), description = x.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}

/// <summary>Which PostgreSQL node the instance writes to (address and port as the server sees itself) and whether
/// it is a replica — after a failover the new primary's.</summary>
internal sealed class SimpulBasisData(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT coalesce(host(inet_server_addr()), 'socket') || ':' || coalesce(inet_server_port(), 0), pg_is_in_recovery()");
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            await r.ReadAsync(cancellationToken);
            var server = r.GetString(0);
            var replika = r.GetBoolean(1);
            var data = new Dictionary<string, object> { ["server"] = server, ["replika"] = replika };
            return replika
                ? HealthCheckResult.Unhealthy($"{server} is a replica: writes would fail.", data: data)
                : HealthCheckResult.Healthy($"primary {server}", data);
        }
#pragma warning disable CA1031 // a health check reports every failure as unhealthy
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"database: {ex.GetType().Name}");
        }
    }
}

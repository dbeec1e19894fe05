using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.Kinerja.Application;
using Bpom.Platform.Modules.Sop.Application.Tenggat;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// Hangfire for deadline tracking: PostgreSQL storage in schema <c>hangfire</c> with a sliding invisibility timeout,
/// one recurring sweep (<see cref="PenyapuTenggat"/>, Asia/Jakarta, every 15 minutes by default — not one job per
/// deadline), and the dashboard at <c>/hangfire</c> for Admin only. <c>Hangfire:Server=false</c> runs no server
/// (tests drive the sweep with a fake clock); <c>Hangfire:Enabled=false</c> leaves Hangfire out.
/// </summary>
public static class HangfireSetup
{
    public const string IdSapuanTenggat = "sop-sapuan-tenggat";

    /// <summary>The daily job that opens SOP D quarterly monev reports and reminds (see <see cref="MonevTriwulanFasilitator"/>).</summary>
    public const string IdMonevTriwulan = "fasilitator-monev-triwulan";

    public const string IdPemantauRealisasi = "kinerja-pemantau-realisasi";
    public const string CookieDashboard = "bpom_hangfire";

    public static IServiceCollection AddBpomHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Hangfire:Enabled", true))
        {
            return services; // e.g. generating the OpenAPI document without a database
        }

        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(configuration.GetConnectionString(ModuleDbContextServiceCollectionExtensions.ConnectionStringName)),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    QueuePollInterval = TimeSpan.FromSeconds(15),
                }));
        if (configuration.GetValue("Hangfire:Server", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2);
                o.Queues = ["default"];
            });
        }

        return services;
    }

    public static WebApplication UseBpomHangfire(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Hangfire:Enabled", true))
        {
            return app;
        }

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminSaja()],
            DashboardTitle = "Bpom.Platform — tugas latar",
            AppPath = "/",
        });

        if (app.Configuration.GetValue("Hangfire:Server", true))
        {
            var zona = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Jakarta", out var jakarta)
                ? jakarta
                : TimeZoneInfo.CreateCustomTimeZone("Asia/Jakarta", TimeSpan.FromHours(7), "WIB", "WIB");
            app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<PenyapuTenggat>(
                IdSapuanTenggat,
                p => p.JalankanAsync(CancellationToken.None),
                app.Configuration.GetValue("Hangfire:JadwalSapuan", "*/15 * * * *"),
                new RecurringJobOptions { TimeZone = zona });
            app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<MonevTriwulanFasilitator>(
                IdMonevTriwulan,
                j => j.JalankanAsync(CancellationToken.None),
                app.Configuration.GetValue("Hangfire:JadwalMonevTriwulan", "0 7 * * *"),
                new RecurringJobOptions { TimeZone = zona });
            app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<PemantauRealisasi>(
                IdPemantauRealisasi,
                j => j.JalankanAsync(CancellationToken.None),
                app.Configuration.GetValue("Hangfire:JadwalPemantauRealisasi", "0 7 * * *"),
                new RecurringJobOptions { TimeZone = zona });
        }

        return app;
    }

    /// <summary>The dashboard is for signed-in admins (bearer header, or the cookie the SPA sets for admins).</summary>
    private sealed class AdminSaja : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsInRole(Peran.Admin);
        }
    }
}

using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// Hangfire for the modules' recurring jobs (the SOP deadline sweep every 15 minutes, the daily SOP D monev and Kinerja
/// reminders — each module registers its own, see <see cref="ModuleBuilder.AddRecurringJob{TJob}"/>): PostgreSQL
/// storage in schema <c>hangfire</c> with a sliding invisibility timeout, schedules in Asia/Jakarta, and the dashboard
/// at <c>/hangfire</c> for Admin only. <c>Hangfire:Server=false</c> runs no server (tests drive the jobs with a fake
/// clock); <c>Hangfire:Enabled=false</c> leaves Hangfire out.
/// </summary>
public static class HangfireSetup
{
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
                o => o.UseNpgsqlConnection(KoneksiHangfire(configuration)),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    QueuePollInterval = TimeSpan.FromSeconds(15),
                }));
        services.AddScoped<PelaksanaJobBerulang>();
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

    /// <summary>Hangfire's own small pool (<c>Hangfire:MaksKoneksi</c>, default 5), apart from the API's.</summary>
    private static string KoneksiHangfire(IConfiguration configuration)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ModuleDbContextServiceCollectionExtensions.ConnectionStringName));
        if (csb.MaxPoolSize == new Npgsql.NpgsqlConnectionStringBuilder().MaxPoolSize)
        {
            csb.MaxPoolSize = configuration.GetValue("Hangfire:MaksKoneksi", 5);
        }

        return csb.ConnectionString;
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
            var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
            foreach (var jadwal in app.Services.GetServices<JadwalJobBerulang>())
            {
                var id = jadwal.Id;
                jobs.AddOrUpdate<PelaksanaJobBerulang>(
                    id,
                    p => p.JalankanAsync(id, CancellationToken.None),
                    app.Configuration.GetValue($"Hangfire:{jadwal.KunciJadwal}", jadwal.JadwalDefault),
                    new RecurringJobOptions { TimeZone = zona });
            }
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

using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

/// <summary>What a module registers when the host starts: everything it needs, so the host names no module's
/// internals.</summary>
public sealed class ModuleBuilder(IModule module, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    public IServiceCollection Services => services;

    public IConfiguration Configuration => configuration;

    public IHostEnvironment Environment => environment;

    /// <summary>The module's DbContext in its own schema; commands of the module and of its Contracts run in its unit
    /// of work; <c>/health/ready</c> checks that its database answers and its migrations are applied.</summary>
    public ModuleBuilder AddDbContext<TContext>(string schema)
        where TContext : DbContext
    {
        services.AddModuleDbContext<TContext>(configuration, schema, module.Contracts);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"basis-data-{module.Name}", HealthStatus.Unhealthy, ["ready"]);
        return this;
    }

    /// <summary>A seeder run after every migrate (idempotent).</summary>
    public ModuleBuilder AddSeeder<TSeeder>()
        where TSeeder : class, IDataSeeder
    {
        services.AddScoped<IDataSeeder, TSeeder>();
        return this;
    }

    /// <summary>The module's part of the national dataset (<c>seed-nasional</c>).</summary>
    public ModuleBuilder AddPengisiDataNasional<TPengisi>()
        where TPengisi : class, IPengisiDataNasional
    {
        services.AddScoped<IPengisiDataNasional, TPengisi>();
        return this;
    }

    /// <summary>A recurring background job (Hangfire): <paramref name="id"/> names it on the dashboard; its cron
    /// expression is read from <c>Hangfire:{kunciJadwal}</c>, default <paramref name="jadwalDefault"/>, Asia/Jakarta.</summary>
    public ModuleBuilder AddRecurringJob<TJob>(string id, string kunciJadwal, string jadwalDefault)
        where TJob : class, IJobBerulang
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JadwalJobBerulang(id, typeof(TJob), kunciJadwal, jadwalDefault));
        return this;
    }

    /// <summary>A further health check of the module (tagged <c>ready</c>: part of <c>/health/ready</c>).</summary>
    public ModuleBuilder AddHealthCheck<TCheck>(string name)
        where TCheck : class, IHealthCheck
    {
        services.AddHealthChecks().AddCheck<TCheck>($"{module.Name}-{name}", HealthStatus.Unhealthy, ["ready"]);
        return this;
    }
}

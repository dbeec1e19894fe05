using System.Reflection;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

public static class OutboxRegistration
{
    /// <summary>The unit of work's transaction, the outbox (schema <c>outbox</c>, migrated first), its delivery right
    /// after commit and in the background, the daily clean-up and a health check.</summary>
    public static IServiceCollection AddBpomOutbox(this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> assemblies)
    {
        services.AddModuleDbContext<OutboxDbContext>(configuration, OutboxDbContext.Schema);
        services.AddOptions<OpsiOutbox>().Bind(configuration.GetSection(OpsiOutbox.Bagian));
        services.AddSingleton(new DaftarJenisPesan(assemblies));
        services.AddScoped<TransaksiScope>();
        services.AddScoped<IIntegrationEvents>(sp => sp.GetRequiredService<TransaksiScope>());
        services.AddSingleton<PengirimOutbox>();
        services.AddScoped<PembersihOutbox>();
        services.AddSingleton(new JadwalJobBerulang("outbox-pembersihan", typeof(PembersihOutbox), "JadwalPembersihanOutbox", "30 2 * * *"));
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, ["ready"]);
        if (configuration.GetValue($"{OpsiOutbox.Bagian}:Latar", true))
        {
            services.AddHostedService<LayananOutbox>();
        }

        return services;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Ready = the database answers and every module's migrations are applied.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, ModuleDbContextRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var data = new Dictionary<string, object>();
        foreach (var type in registry.ContextTypes)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy("Database is not reachable.");
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy($"{type.Name} has {pending.Count} pending migration(s).");
                }

                data[type.Name] = "up to date";
            }
#pragma warning disable CA1031 // a health check reports every failure as unhealthy
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return HealthCheckResult.Unhealthy($"{type.Name}: {ex.GetType().Name}");
            }
        }

        return HealthCheckResult.Healthy("Database reachable, migrations applied.", data);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Ready for one module = the database answers and every migration of its context is applied.</summary>
public sealed class DatabaseHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Database is not reachable.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending > 0
                ? HealthCheckResult.Unhealthy($"{typeof(TContext).Name} has {pending} pending migration(s).")
                : HealthCheckResult.Healthy($"{typeof(TContext).Name}: migrations applied.");
        }
#pragma warning disable CA1031 // a health check reports every failure as unhealthy
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"{typeof(TContext).Name}: {ex.GetType().Name}");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Degraded while dead letters exist (events some module never processed): the platform serves, but an
/// operator has to look at <c>outbox.pesan</c> where <c>"Status" = 2</c>.</summary>
public sealed class OutboxHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mati = await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Pesan.CountAsync(p => p.Status == StatusPesan.Gagal, cancellationToken);
        return mati == 0
            ? HealthCheckResult.Healthy("No dead letters.")
            : HealthCheckResult.Degraded($"{mati} outbox message(s) could not be delivered (dead letters).");
    }
}

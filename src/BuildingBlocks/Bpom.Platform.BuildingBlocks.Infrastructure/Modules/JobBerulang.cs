using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

/// <summary>A module's recurring job. Runs in its own DI scope; must be safe to run twice or concurrently (claim
/// what it does, e.g. with a notification claim key).</summary>
public interface IJobBerulang
{
    Task JalankanAsync(CancellationToken cancellationToken);
}

/// <summary>A recurring job as a module registered it (see <see cref="ModuleBuilder.AddRecurringJob{TJob}"/>).</summary>
/// <param name="Id">Stable id (the Hangfire recurring job id).</param>
/// <param name="Job">The <see cref="IJobBerulang"/> type.</param>
/// <param name="KunciJadwal">Configuration key under <c>Hangfire:</c> holding its cron expression.</param>
/// <param name="JadwalDefault">Cron expression when not configured.</param>
public sealed record JadwalJobBerulang(string Id, Type Job, string KunciJadwal, string JadwalDefault);

/// <summary>What the scheduler calls: runs the job registered under an id. One public entry point, so the
/// scheduler's stored jobs never name a module's internal type.</summary>
public sealed class PelaksanaJobBerulang(IServiceProvider services, IEnumerable<JadwalJobBerulang> jadwal)
{
    public async Task JalankanAsync(string id, CancellationToken cancellationToken)
    {
        var job = jadwal.SingleOrDefault(j => j.Id == id)
            ?? throw new InvalidOperationException($"No recurring job '{id}' is registered by any module.");
        using var aktivitas = Application.Telemetri.Sumber.StartActivity($"job {id}");
        var mulai = System.Diagnostics.Stopwatch.GetTimestamp();
        var hasil = "ok";
        try
        {
            await ((IJobBerulang)services.GetRequiredService(job.Job)).JalankanAsync(cancellationToken);
        }
        catch
        {
            hasil = "galat";
            throw;
        }
        finally
        {
            Application.Telemetri.DurasiJob.Record(
                System.Diagnostics.Stopwatch.GetElapsedTime(mulai).TotalSeconds, new("job", id), new("hasil", hasil));
        }
    }
}

using Bpom.Platform.Modules.Organisasi.Application.Kalender;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Logs a warning for admins, at start-up and daily, when this or next year's holidays are missing.</summary>
internal sealed partial class KalenderWatchdog(IServiceScopeFactory scopes, ILogger<KalenderWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var status = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StatusKalenderQuery(), stoppingToken);
                foreach (var peringatan in status.Peringatan)
                {
                    LogMissing(logger, peringatan);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed check must not stop the host; it is retried tomorrow
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogCheckFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kalender hari kerja: {Peringatan}")]
    private static partial void LogMissing(ILogger logger, string peringatan);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kalender hari kerja check failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The background pass over the outbox: on start (what a crash left undelivered) and every
/// <see cref="OpsiOutbox.IntervalDetik"/> seconds (retries). Off with <c>Outbox:Latar=false</c>.</summary>
public sealed partial class LayananOutbox(PengirimOutbox pengirim, IOptions<OpsiOutbox> opsi, ILogger<LayananOutbox> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, opsi.Value.IntervalDetik)));
        do
        {
            try
            {
                while (await pengirim.KirimTertundaAsync(stoppingToken) >= opsi.Value.UkuranBatch)
                {
                    // a full batch: more may be waiting
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the database may be briefly unreachable; the next pass tries again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogGagal(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox pass failed; retrying on the next tick")]
    private static partial void LogGagal(ILogger logger, Exception ex);
}

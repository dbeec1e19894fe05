using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;

/// <summary>Runs every module's part of the national dataset, year by year, each year in a fresh scope; skipped when
/// any part reports its data is already there.</summary>
public sealed partial class PenjalanDataNasional(IServiceScopeFactory scopes, IClock clock, ILogger<PenjalanDataNasional> logger)
{
    /// <summary>Returns false when the dataset was already there (nothing written).</summary>
    public async Task<bool> JalankanAsync(OpsiDataNasional opsi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opsi);
        var data = new DataNasional(opsi, clock.GetCurrentInstant());
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var p in Bagian(scope))
            {
                if (await p.SudahAdaAsync(cancellationToken))
                {
                    LogSudahAda(logger, p.GetType().Name);
                    return false;
                }
            }

            foreach (var p in Bagian(scope))
            {
                await p.MulaiAsync(data, cancellationToken);
            }
        }

        var total = Stopwatch.StartNew();
        for (var tahun = data.TahunAwal; tahun <= data.TahunAkhir; tahun++)
        {
            var jam = Stopwatch.StartNew();
            await using var scope = scopes.CreateAsyncScope();
            foreach (var p in Bagian(scope))
            {
                await p.IsiTahunAsync(data, tahun, cancellationToken);
            }

            data.KosongkanTas();
            LogTahun(logger, tahun, jam.Elapsed.TotalSeconds, GC.GetTotalMemory(false) / (1024 * 1024));
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var p in Bagian(scope))
            {
                await p.SelesaiAsync(data, cancellationToken);
            }
        }

        LogSelesai(logger, opsi.Tahun, total.Elapsed.TotalSeconds);
        return true;
    }

    private static List<IPengisiDataNasional> Bagian(IServiceScope scope) =>
        scope.ServiceProvider.GetServices<IPengisiDataNasional>().OrderBy(p => p.Urutan).ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Data nasional sudah ada ({Bagian}); tidak dibuat ulang")]
    private static partial void LogSudahAda(ILogger logger, string bagian);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data nasional tahun {Tahun} selesai dalam {Detik:F1} s (memori terkelola {Mb} MB)")]
    private static partial void LogTahun(ILogger logger, int tahun, double detik, long mb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data nasional {Tahun} tahun selesai dalam {Detik:F1} s")]
    private static partial void LogSelesai(ILogger logger, int tahun, double detik);
}

using System.Diagnostics;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>What one sweep did.</summary>
/// <param name="Diperiksa">Runs whose next rung was due and were looked at.</param>
/// <param name="Pengingat">Reminders claimed and sent.</param>
/// <param name="Eskalasi">Escalations claimed and sent.</param>
/// <param name="Notifikasi">In-app notifications written.</param>
internal sealed record HasilSapuan(int Diperiksa, int Pengingat, int Eskalasi, int Notifikasi)
{
    public static HasilSapuan operator +(HasilSapuan a, HasilSapuan b) =>
        new(a.Diperiksa + b.Diperiksa, a.Pengingat + b.Pengingat, a.Eskalasi + b.Eskalasi, a.Notifikasi + b.Notifikasi);
}

/// <summary>
/// The deadline sweep (a Hangfire recurring job, and run directly by tests). It reads only the runs whose next rung
/// (H-2, H0, escalation; <see cref="Domain.JadwalTenggat"/>) is due — indexed on that instant — in batches, each batch
/// its own scope and transaction (<see cref="SapuTenggatCommand"/>): its cost grows with the work due, not with every
/// open step. Each rung is claimed with a unique key (step, kind, rung@due date) in the transaction of its
/// notifications, so a retried, overlapping or second-server run never notifies twice; a run after downtime catches
/// up, deciding from today's state. A new due date (pause, calendar edit) schedules the ladder again.
/// </summary>
internal sealed partial class PenyapuTenggat(IServiceScopeFactory scopes, ILogger<PenyapuTenggat> logger) : IJobBerulang
{
    public const int UkuranBatch = 500;

    /// <summary>A safety stop: a sweep never runs more batches than this (the next run continues).</summary>
    private const int BatasBatch = 400;

    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<HasilSapuan> JalankanAsync(CancellationToken cancellationToken)
    {
        var hasil = new HasilSapuan(0, 0, 0, 0);
        var mulai = Stopwatch.GetTimestamp();
        var batch = 0;
        for (var i = 0; i < BatasBatch; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var satu = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SapuTenggatCommand(UkuranBatch), cancellationToken);
            hasil += satu;
            batch++;
            if (satu.Diperiksa < UkuranBatch)
            {
                break;
            }
        }

        LogSelesai(logger, hasil.Diperiksa, hasil.Pengingat, hasil.Eskalasi, hasil.Notifikasi, batch, (long)Stopwatch.GetElapsedTime(mulai).TotalMilliseconds);
        return hasil;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sapuan tenggat SOP: {Diperiksa} langkah diperiksa, {Pengingat} pengingat, {Eskalasi} eskalasi, {Notifikasi} notifikasi, {Batch} batch, {Ms} ms")]
    private static partial void LogSelesai(ILogger logger, int diperiksa, int pengingat, int eskalasi, int notifikasi, int batch, long ms);
}

/// <summary>Recomputes the due dates of open steps against the current calendar (it changed), a batch of runs at a
/// time, each saved on its own (a concurrent change to one does not block the others); audits every date that moved.
/// The runs are found through their position (running, current step open), never by reading every run.</summary>
internal sealed partial class PenghitungUlangJatuhTempo(SopDbContext db, IClock clock, ILogger<PenghitungUlangJatuhTempo> logger)
{
    private const int Ukuran = 200;

    public async Task<int> JalankanAsync(KalenderHariKerja kalender, CancellationToken cancellationToken)
    {
        var terbuka = new StatusLangkah?[] { StatusLangkah.Berjalan, StatusLangkah.Dijeda, StatusLangkah.Diajukan, StatusLangkah.Dikembalikan };
        var ids = await db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.Status == StatusInstans.Berjalan && terbuka.Contains(i.AktifStatus))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var jumlah = 0;
        foreach (var batch in ids.Chunk(Ukuran))
        {
            db.ChangeTracker.Clear();
            var daftar = await db.Instans.Where(i => batch.Contains(i.Id)).ToListAsync(cancellationToken);
            var sekarang = clock.GetCurrentInstant();
            foreach (var instans in daftar)
            {
                var berubah = instans.HitungUlangJatuhTempo(kalender, sekarang);
                foreach (var (langkah, lama) in berubah)
                {
                    db.Audit.Add(PencatatAudit.Sistem(
                        instans, langkah.Kode, "HitungUlangJatuhTempo",
                        $"Kalender hari kerja berubah: jatuh tempo {lama:yyyy-MM-dd} → {langkah.JatuhTempo:yyyy-MM-dd}", sekarang));
                }

                jumlah += berubah.Count;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A user changed one of them meanwhile: its own transition recomputed it; the others are retried one by one.
                LogBentrok(logger, batch.Length);
                jumlah -= await SatuPerSatuAsync(batch, kalender, cancellationToken);
            }
        }

        db.ChangeTracker.Clear();
        return jumlah;
    }

    /// <summary>Saves the batch's runs one by one after a conflict; returns how many date changes were not saved.</summary>
    private async Task<int> SatuPerSatuAsync(IReadOnlyList<Guid> batch, KalenderHariKerja kalender, CancellationToken cancellationToken)
    {
        var gagal = 0;
        foreach (var id in batch)
        {
            db.ChangeTracker.Clear();
            var instans = await db.Instans.SingleAsync(i => i.Id == id, cancellationToken);
            var sekarang = clock.GetCurrentInstant();
            var berubah = instans.HitungUlangJatuhTempo(kalender, sekarang);
            foreach (var (langkah, lama) in berubah)
            {
                db.Audit.Add(PencatatAudit.Sistem(
                    instans, langkah.Kode, "HitungUlangJatuhTempo",
                    $"Kalender hari kerja berubah: jatuh tempo {lama:yyyy-MM-dd} → {langkah.JatuhTempo:yyyy-MM-dd}", sekarang));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                gagal += berubah.Count;
            }
        }

        return gagal;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hitung ulang jatuh tempo: {Jumlah} kegiatan diubah bersamaan; disimpan satu per satu")]
    private static partial void LogBentrok(ILogger logger, int jumlah);
}

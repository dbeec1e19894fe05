using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Delivers outbox messages to their handlers (every <see cref="INotificationHandler{TNotification}"/> of the event
/// type, in any module). Each handler runs in its own DI scope and transaction, together with its inbox row
/// (<see cref="PesanDiproses"/>): a handler that committed is never run again for the same message, one that failed
/// is retried with back-off while the others keep their result. A message is held by a lease while it is delivered,
/// so two passes (or two instances) never deliver it at once; after <see cref="OpsiOutbox.MaksPercobaan"/> failed
/// attempts it becomes a dead letter (<see cref="StatusPesan.Gagal"/>).
/// </summary>
public sealed partial class PengirimOutbox(
    IServiceScopeFactory scopes, DaftarJenisPesan jenis, IClock clock, IOptions<OpsiOutbox> opsi, ILogger<PengirimOutbox> logger)
{
    private static readonly MethodInfo Tangani = typeof(PengirimOutbox).GetMethod(nameof(TanganiAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    // What a type's delivery needs that never changes while the host runs: its handlers, the closed handler interface
    // and the typed call (worked out once per event type, not for every message).
    private readonly ConcurrentDictionary<Type, IReadOnlyList<Type>> _penangan = new();
    private readonly ConcurrentDictionary<Type, (Type Antarmuka, MethodInfo Panggil)> _panggilan = new();

    /// <summary>Right after a commit, in the same request: delivers what the command wrote. Never throws (a failure
    /// stays in the outbox for the background pass).</summary>
    public async Task KirimSetelahCommitAsync(IReadOnlyList<Guid> pesan, CancellationToken cancellationToken)
    {
        if (pesan.Count == 0 || !opsi.Value.KirimSegera)
        {
            return;
        }

        try
        {
            await KirimAsync(pesan, CancellationToken.None);
        }
#pragma warning disable CA1031 // a handler's failure must not fail the command that already committed
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogGagalSegera(logger, ex, pesan.Count);
        }
    }

    /// <summary>The background pass: delivers the waiting messages whose next attempt is due, oldest first.
    /// Returns how many were delivered completely.</summary>
    public async Task<int> KirimTertundaAsync(CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sekarang = clock.GetCurrentInstant();
            ids = await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Pesan.AsNoTracking()
                .Where(p => p.Status == StatusPesan.Menunggu && p.BerikutnyaPada <= sekarang && (p.DikunciSampai == null || p.DikunciSampai < sekarang))
                .OrderBy(p => p.BerikutnyaPada).ThenBy(p => p.Id)
                .Select(p => p.Id)
                .Take(opsi.Value.UkuranBatch)
                .ToListAsync(cancellationToken);
        }

        return await KirimAsync(ids, cancellationToken);
    }

    /// <summary>Delivers the given messages (and what their handlers publish in turn). Returns how many were
    /// delivered completely.</summary>
    public async Task<int> KirimAsync(IReadOnlyList<Guid> pesan, CancellationToken cancellationToken)
    {
        var antrean = new Queue<Guid>(pesan);
        var terkirim = 0;
        while (antrean.TryDequeue(out var id))
        {
            var hasil = await KirimSatuAsync(id, cancellationToken);
            if (hasil.Terkirim)
            {
                terkirim++;
            }

            foreach (var baru in hasil.Baru)
            {
                antrean.Enqueue(baru);
            }
        }

        return terkirim;
    }

    private async Task<(bool Terkirim, IReadOnlyList<Guid> Baru)> KirimSatuAsync(Guid id, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var kunciSampai = sekarang + Duration.FromSeconds(opsi.Value.KunciDetik);
        PesanOutbox? pesan;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The lease is taken and the message read in one round trip.
            var db = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
            var menunggu = (int)StatusPesan.Menunggu;
            pesan = (await db.Pesan.FromSql(
                    $"""
                    UPDATE outbox.pesan SET "DikunciSampai" = {kunciSampai}, "Percobaan" = "Percobaan" + 1
                    WHERE "Id" = {id} AND "Status" = {menunggu} AND ("DikunciSampai" IS NULL OR "DikunciSampai" < {sekarang})
                    RETURNING *
                    """)
                .AsNoTracking().ToListAsync(cancellationToken)).SingleOrDefault();
        }

        if (pesan is null)
        {
            return (false, []); // delivered, dead, or held by another delivery
        }

        var baru = new List<Guid>();
        string? galat = null;
        if (jenis.Cari(pesan.Jenis) is not { } tipe)
        {
            galat = $"Unknown event type {pesan.Jenis}.";
        }
        else
        {
            var peristiwa = (IIntegrationEvent)JsonSerializer.Deserialize(pesan.Isi, tipe, DaftarJenisPesan.Json)!;
            foreach (var penangan in PenanganUntuk(tipe))
            {
                try
                {
                    baru.AddRange(await JalankanPenangan(pesan.Id, tipe, penangan, peristiwa, cancellationToken));
                }
#pragma warning disable CA1031 // any handler failure is recorded on the message and retried
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    ex = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                    galat = $"{penangan.Name}: {ex.GetType().Name}: {ex.Message}";
                    LogGagalPenangan(logger, ex, pesan.Jenis, pesan.Id, penangan.FullName!, pesan.Percobaan);
                }
            }
        }

        await CatatHasilAsync(pesan, galat, cancellationToken);
        return (galat is null, baru);
    }

    private async Task<IReadOnlyList<Guid>> JalankanPenangan(Guid pesanId, Type tipe, Type penangan, IIntegrationEvent peristiwa, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var transaksi = scope.ServiceProvider.GetRequiredService<TransaksiScope>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
        await transaksi.MulaiAsync(cancellationToken);
        try
        {
            var nama = penangan.FullName!;
            if (await outbox.Diproses.AnyAsync(d => d.PesanId == pesanId && d.Penangan == nama, cancellationToken))
            {
                return []; // this handler already committed this message
            }

            var (antarmuka, panggil) = _panggilan.GetOrAdd(tipe, t => (typeof(INotificationHandler<>).MakeGenericType(t), Tangani.MakeGenericMethod(t)));
            var instance = scope.ServiceProvider.GetServices(antarmuka).Single(h => h!.GetType() == penangan)!;
            await (Task)panggil.Invoke(null, [instance, peristiwa, cancellationToken])!;
            outbox.Diproses.Add(new PesanDiproses { PesanId = pesanId, Penangan = nama, DiprosesPada = clock.GetCurrentInstant() });
            return await transaksi.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaksi.SelesaiAsync();
        }
    }

    private static Task TanganiAsync<T>(INotificationHandler<T> penangan, IIntegrationEvent peristiwa, CancellationToken cancellationToken)
        where T : INotification => penangan.Handle((T)peristiwa, cancellationToken);

    private IReadOnlyList<Type> PenanganUntuk(Type tipe) => _penangan.GetOrAdd(tipe, t =>
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices(typeof(INotificationHandler<>).MakeGenericType(t))
            .Select(h => h!.GetType()).Distinct().OrderBy(h => h.FullName, StringComparer.Ordinal).ToList();
    });

    private async Task CatatHasilAsync(PesanOutbox pesan, string? galat, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
        var sekarang = clock.GetCurrentInstant();
        var q = db.Pesan.Where(p => p.Id == pesan.Id);
        if (galat is null)
        {
            await q.ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Status, StatusPesan.Terkirim).SetProperty(p => p.TerkirimPada, sekarang)
                    .SetProperty(p => p.DikunciSampai, (Instant?)null).SetProperty(p => p.GalatTerakhir, (string?)null),
                CancellationToken.None);
            return;
        }

        var mati = pesan.Percobaan >= opsi.Value.MaksPercobaan;
        var berikutnya = sekarang + JedaUlang(pesan.Percobaan);
        var teks = galat.Length > 2000 ? galat[..2000] : galat;
        await q.ExecuteUpdateAsync(
            s => s.SetProperty(p => p.Status, mati ? StatusPesan.Gagal : StatusPesan.Menunggu).SetProperty(p => p.BerikutnyaPada, berikutnya)
                .SetProperty(p => p.DikunciSampai, (Instant?)null).SetProperty(p => p.GalatTerakhir, teks),
            CancellationToken.None);
        if (mati)
        {
            LogMati(logger, pesan.Jenis, pesan.Id, pesan.Percobaan, teks);
        }
    }

    /// <summary>Back-off after the n-th failed attempt: 5 s, 10 s, 20 s … capped at one hour.</summary>
    public static Duration JedaUlang(int percobaan) =>
        Duration.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Clamp(percobaan - 1, 0, 20))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Count} outbox message(s) right after commit failed; the background pass retries")]
    private static partial void LogGagalSegera(ILogger logger, Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler {Handler} failed on {Type} {MessageId} (attempt {Attempt}); retried later")]
    private static partial void LogGagalPenangan(ILogger logger, Exception ex, string type, Guid messageId, string handler, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Type} {MessageId} is a dead letter after {Attempts} attempts: {Error}")]
    private static partial void LogMati(ILogger logger, string type, Guid messageId, int attempts, string error);
}

using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Rekap;

/// <summary>
/// Keeps each activity's <c>TanggalTerlaksana</c> equal to the engine's finish date of step C3, so the recap is a
/// grouped query over this module's own table: re-read from the engine (never taken from the event's payload), so a
/// repeated or late event changes nothing, and a C3 returned or restarted clears the date.
/// </summary>
internal sealed class PenyegarTerlaksana(PemberdayaanDbContext db, IMediator mediator)
    : INotificationHandler<LangkahSelesai>, INotificationHandler<LangkahDimulai>, INotificationHandler<KegiatanSopDibatalkan>
{
    public const int Batch = 1000;

    public Task Handle(LangkahSelesai notification, CancellationToken cancellationToken) => SetelahLangkahAsync(notification.Asal, notification.LangkahKode, cancellationToken);

    public Task Handle(LangkahDimulai notification, CancellationToken cancellationToken) => SetelahLangkahAsync(notification.Asal, notification.LangkahKode, cancellationToken);

    public Task Handle(KegiatanSopDibatalkan notification, CancellationToken cancellationToken) =>
        notification.Asal.Modul == SopPemberdayaan.Modul ? SegarkanAsync([notification.Asal.InstansId], cancellationToken) : Task.CompletedTask;

    /// <summary>Reads C3's finish date of the given runs from the engine and writes it (null when not finished).</summary>
    public async Task SegarkanAsync(IReadOnlyList<Guid> instansIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instansIds);
        if (instansIds.Count == 0)
        {
            return;
        }

        var selesai = await mediator.Send(new TanggalSelesaiLangkahQuery(instansIds, SopPemberdayaan.LangkahPelaksanaan), cancellationToken);
        var ids = instansIds.Distinct().ToArray();
        var tanggal = ids.Select(i => selesai.TryGetValue(i, out var t) ? (LocalDate?)t : null).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE pemberdayaan.kegiatan AS k SET "TanggalTerlaksana" = u.t, "TerlaksanaDicek" = true
            FROM unnest({ids}, {tanggal}) AS u(i, t)
            WHERE k."InstansId" = u.i
            """,
            cancellationToken);
    }

    /// <summary>Fills up to <see cref="Batch"/> activities not read yet; returns how many.</summary>
    public async Task<int> IsiAwalAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Kegiatan.AsNoTracking().IgnoreAutoIncludes().Where(k => !k.TerlaksanaDicek).OrderBy(k => k.InstansId).Select(k => k.InstansId)
            .Take(Batch).ToListAsync(cancellationToken);
        await SegarkanAsync(ids, cancellationToken);
        return ids.Count;
    }

    private Task SetelahLangkahAsync(AsalKegiatan asal, string langkahKode, CancellationToken cancellationToken) =>
        asal.Modul == SopPemberdayaan.Modul && langkahKode == SopPemberdayaan.LangkahPelaksanaan
            ? SegarkanAsync([asal.InstansId], cancellationToken)
            : Task.CompletedTask;
}

/// <summary>At start-up (and after the national dataset), fills <c>TanggalTerlaksana</c> of activities not read yet,
/// a batch at a time; a no-op query once done.</summary>
internal sealed class PengisiTanggalTerlaksana(PenyegarTerlaksana penyegar) : IDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        while (await penyegar.IsiAwalAsync(cancellationToken) == PenyegarTerlaksana.Batch)
        {
        }
    }
}

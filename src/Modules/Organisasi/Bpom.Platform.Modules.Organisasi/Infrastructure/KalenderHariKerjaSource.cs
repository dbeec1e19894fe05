using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Process-wide cache of the last built calendar and the settings version it was built from.</summary>
internal sealed class KalenderCache
{
    private volatile Tuple<long, KalenderHariKerja>? _entry;

    public KalenderHariKerja? Get(long versi) => _entry is { } e && e.Item1 == versi ? e.Item2 : null;

    public void Set(long versi, KalenderHariKerja kalender) => _entry = Tuple.Create(versi, kalender);
}

/// <summary>
/// Builds the calendar from the holiday table and settings. One cheap query per call reads the settings version;
/// holidays are reloaded only when it changed, so every instance sees an admin's change on its next request.
/// </summary>
internal sealed class KalenderHariKerjaSource(OrganisasiDbContext db, KalenderCache cache) : IKalenderHariKerjaSource
{
    public async ValueTask<KalenderHariKerja> GetAsync(CancellationToken cancellationToken)
    {
        var pengaturan = await db.PengaturanKalender.AsNoTracking()
            .Where(p => p.Id == PengaturanKalender.SingletonId)
            .Select(p => new { p.Versi, p.CutiBersamaSebagaiHariKerja })
            .SingleOrDefaultAsync(cancellationToken);
        var versi = pengaturan?.Versi ?? -1;
        if (cache.Get(versi) is { } cached)
        {
            return cached;
        }

        var libur = await db.TanggalLibur.AsNoTracking()
            .Select(t => new HariLibur(t.Tanggal, t.Jenis))
            .ToListAsync(cancellationToken);
        var kalender = new KalenderHariKerja(libur, pengaturan?.CutiBersamaSebagaiHariKerja ?? false);
        cache.Set(versi, kalender);
        return kalender;
    }
}

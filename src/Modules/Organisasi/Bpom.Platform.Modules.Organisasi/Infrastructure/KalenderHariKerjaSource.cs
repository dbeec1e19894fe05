using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Process-wide cache of the last built calendar, the settings version it was built from and when that
/// version was last compared with the database.</summary>
internal sealed class KalenderCache
{
    private volatile Tuple<long, KalenderHariKerja, Instant>? _entry;

    public KalenderHariKerja? Get(long versi) => _entry is { } e && e.Item1 == versi ? e.Item2 : null;

    /// <summary>The calendar when its version was checked less than <paramref name="umur"/> ago.</summary>
    public KalenderHariKerja? Segar(Instant sekarang, Duration umur) =>
        _entry is { } e && sekarang >= e.Item3 && sekarang - e.Item3 < umur ? e.Item2 : null;

    public void Set(long versi, KalenderHariKerja kalender, Instant diperiksa) => _entry = Tuple.Create(versi, kalender, diperiksa);

    /// <summary>After a change on this instance: the next call reads the version again.</summary>
    public void Reset() => _entry = null;
}

/// <summary>
/// Builds the calendar from the holiday table and settings. The settings version is compared with the database at
/// most every <see cref="OpsiCacheOrganisasi.CacheDetik"/> seconds (one cheap query), holidays reloaded only when it
/// changed; the instance that changed them resets at once (<c>KalenderHariKerjaBerubah</c>), the others within the interval.
/// </summary>
internal sealed class KalenderHariKerjaSource(OrganisasiDbContext db, KalenderCache cache, IClock clock, Microsoft.Extensions.Options.IOptions<OpsiCacheOrganisasi> opsi)
    : IKalenderHariKerjaSource
{
    public async ValueTask<KalenderHariKerja> GetAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        if (cache.Segar(sekarang, Duration.FromSeconds(opsi.Value.CacheDetik)) is { } segar)
        {
            return segar;
        }

        var pengaturan = await db.PengaturanKalender.AsNoTracking()
            .Where(p => p.Id == PengaturanKalender.SingletonId)
            .Select(p => new { p.Versi, p.CutiBersamaSebagaiHariKerja })
            .SingleOrDefaultAsync(cancellationToken);
        var versi = pengaturan?.Versi ?? -1;
        if (cache.Get(versi) is { } cached)
        {
            cache.Set(versi, cached, sekarang);
            return cached;
        }

        var libur = await db.TanggalLibur.AsNoTracking()
            .Select(t => new HariLibur(t.Tanggal, t.Jenis))
            .ToListAsync(cancellationToken);
        var kalender = new KalenderHariKerja(libur, pengaturan?.CutiBersamaSebagaiHariKerja ?? false);
        cache.Set(versi, kalender, sekarang);
        return kalender;
    }
}

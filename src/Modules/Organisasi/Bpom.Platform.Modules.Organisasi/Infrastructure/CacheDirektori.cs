using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>How long an instance serves the unit directory and the calendar without asking the database whether they
/// changed (<c>Organisasi:CacheDetik</c>, default 10). The instance that made a change refreshes at once; other
/// instances within this many seconds.</summary>
internal sealed class OpsiCacheOrganisasi
{
    public int CacheDetik { get; set; } = 10;
}

/// <summary>The units (about a hundred) held in memory: every request's scope, names and koordinator lookups read
/// them from here instead of the database; reloaded when older than <see cref="OpsiCacheOrganisasi.CacheDetik"/> or
/// after a change (<c>UnitKerjaBerubah</c>).</summary>
internal sealed class CacheDirektori(IClock clock, Microsoft.Extensions.Options.IOptions<OpsiCacheOrganisasi> opsi)
{
    private readonly SemaphoreSlim _muat = new(1, 1);
    private volatile Isi? _isi;

    public sealed record Isi(
        IReadOnlyDictionary<Guid, UnitOrganisasi> Unit, IReadOnlyDictionary<string, UnitOrganisasi> Nama, ILookup<Guid, Guid> Loka, Instant Dimuat,
        ILookup<string, Guid>? Provinsi = null);

    public void Reset() => _isi = null;

    public async ValueTask<Isi> DapatkanAsync(OrganisasiDbContext db, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        if (_isi is { } isi && sekarang - isi.Dimuat < Duration.FromSeconds(opsi.Value.CacheDetik) && sekarang >= isi.Dimuat)
        {
            return isi;
        }

        await _muat.WaitAsync(cancellationToken);
        try
        {
            if (_isi is { } lagi && sekarang - lagi.Dimuat < Duration.FromSeconds(opsi.Value.CacheDetik) && sekarang >= lagi.Dimuat)
            {
                return lagi;
            }

            var rows = await db.UnitKerja.AsNoTracking().ToListAsync(cancellationToken);
            var unit = rows.Select(u => new UnitOrganisasi(u.Id, u.Nama, u.Jenis.ToString(), u.ZonaWaktu, u.KoordinatorId)).ToList();
            var baru = new Isi(
                unit.ToDictionary(u => u.Id), unit.GroupBy(u => u.Nama, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
                unit.Where(u => u.KoordinatorId is not null).ToLookup(u => u.KoordinatorId!.Value, u => u.Id), clock.GetCurrentInstant(),
                rows.ToLookup(u => u.Provinsi, u => u.Id, StringComparer.OrdinalIgnoreCase));
            _isi = baru;
            return baru;
        }
        finally
        {
            _muat.Release();
        }
    }
}

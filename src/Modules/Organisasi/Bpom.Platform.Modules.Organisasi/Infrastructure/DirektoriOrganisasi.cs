using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>The directory the SOP engine uses (reads only).</summary>
internal sealed class DirektoriOrganisasi(OrganisasiDbContext db) : IDirektoriOrganisasi
{
    public async Task<UnitOrganisasi?> UnitAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var u = await db.UnitKerja.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return u is null ? null : new UnitOrganisasi(u.Id, u.Nama, u.Jenis.ToString(), u.ZonaWaktu, u.KoordinatorId);
    }

    public async Task<IReadOnlyDictionary<Guid, UnitOrganisasi>> UnitBanyakAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.Distinct().ToList();
        var rows = await db.UnitKerja.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        return rows.ToDictionary(u => u.Id, u => new UnitOrganisasi(u.Id, u.Nama, u.Jenis.ToString(), u.ZonaWaktu, u.KoordinatorId));
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamaUnitAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.Distinct().ToList();
        return await db.UnitKerja.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Nama, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, UnitOrganisasi>> UnitBerdasarkanNamaAsync(IReadOnlyCollection<string> nama, CancellationToken cancellationToken)
    {
        var daftar = nama.Distinct().ToList();
        var rows = await db.UnitKerja.AsNoTracking().Where(u => daftar.Contains(u.Nama)).ToListAsync(cancellationToken);
        return rows.ToDictionary(u => u.Nama, u => new UnitOrganisasi(u.Id, u.Nama, u.Jenis.ToString(), u.ZonaWaktu, u.KoordinatorId), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Guid>> UnitTerjangkauAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var loka = await db.UnitKerja.AsNoTracking().Where(u => u.KoordinatorId == unitId).Select(u => u.Id).ToListAsync(cancellationToken);
        return [unitId, .. loka];
    }

    public async Task<IReadOnlyList<PenggunaOrganisasi>> PenggunaAsync(
        IReadOnlyList<Guid> unitIds, IReadOnlyList<string> peran, CancellationToken cancellationToken)
    {
        var units = unitIds.Distinct().ToList();
        var roles = peran.ToList();
        var q = db.Pengguna.AsNoTracking().Where(p => p.Aktif);
        if (units.Count > 0)
        {
            q = q.Where(p => units.Contains(p.UnitId));
        }

        if (roles.Count > 0)
        {
            q = q.Where(p => p.Peran.Any(r => roles.Contains(r)));
        }

        var rows = await q.OrderBy(p => p.Username).ToListAsync(cancellationToken);
        return rows.Select(p => new PenggunaOrganisasi(p.Id, p.UnitId, p.NamaLengkap, p.Peran)).ToList();
    }
}

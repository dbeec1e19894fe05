using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>The directory the SOP engine uses (reads only).</summary>
internal sealed class DirektoriOrganisasi(OrganisasiDbContext db, CacheDirektori cache) : IDirektoriOrganisasi
{
    public async Task<UnitOrganisasi?> UnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await cache.DapatkanAsync(db, cancellationToken)).Unit.GetValueOrDefault(unitId);

    public async Task<IReadOnlyDictionary<Guid, UnitOrganisasi>> UnitBanyakAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        var unit = (await cache.DapatkanAsync(db, cancellationToken)).Unit;
        return unitIds.Distinct().Where(unit.ContainsKey).ToDictionary(id => id, id => unit[id]);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamaUnitAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        var unit = (await cache.DapatkanAsync(db, cancellationToken)).Unit;
        return unitIds.Distinct().Where(unit.ContainsKey).ToDictionary(id => id, id => unit[id].Nama);
    }

    public async Task<IReadOnlyDictionary<string, UnitOrganisasi>> UnitBerdasarkanNamaAsync(IReadOnlyCollection<string> nama, CancellationToken cancellationToken)
    {
        var semua = (await cache.DapatkanAsync(db, cancellationToken)).Nama;
        return nama.Distinct().Where(semua.ContainsKey).ToDictionary(n => n, n => semua[n], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<UnitOrganisasi>> SemuaUnitAsync(CancellationToken cancellationToken) =>
        [.. (await cache.DapatkanAsync(db, cancellationToken)).Unit.Values.OrderBy(u => u.Nama, StringComparer.Ordinal)];

    public async Task<IReadOnlyList<Guid>> UnitDiProvinsiAsync(string provinsi, CancellationToken cancellationToken) =>
        [.. (await cache.DapatkanAsync(db, cancellationToken)).Provinsi![provinsi.Trim()]];

    public async Task<IReadOnlyList<Guid>> UnitTerjangkauAsync(Guid unitId, CancellationToken cancellationToken) =>
        [unitId, .. (await cache.DapatkanAsync(db, cancellationToken)).Loka[unitId]];

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

        return await q.OrderBy(p => p.Username).Select(p => new PenggunaOrganisasi(p.Id, p.UnitId, p.NamaLengkap, p.Peran, p.Email)).ToListAsync(cancellationToken);
    }

    public async Task<PenggunaOrganisasi?> PenggunaAktifAsync(Guid penggunaId, CancellationToken cancellationToken) =>
        await db.Pengguna.AsNoTracking().Where(p => p.Id == penggunaId && p.Aktif)
            .Select(p => new PenggunaOrganisasi(p.Id, p.UnitId, p.NamaLengkap, p.Peran, p.Email)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, PenggunaOrganisasi>> PenggunaAktifBanyakAsync(IReadOnlyCollection<Guid> penggunaIds, CancellationToken cancellationToken)
    {
        var ids = penggunaIds.Distinct().ToArray();
        return ids.Length == 0
            ? new Dictionary<Guid, PenggunaOrganisasi>()
            : await db.Pengguna.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Aktif)
                .Select(p => new PenggunaOrganisasi(p.Id, p.UnitId, p.NamaLengkap, p.Peran, p.Email)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}

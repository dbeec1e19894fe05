using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Akses;

/// <summary>
/// Who may do what with a unit's performance data. Read: the unit itself, its koordinator Balai (for a Loka), the
/// planning unit, Pimpinan and Admin; others get 404. Change (PK, realisation, action plans): the unit's staff and
/// head, the planning unit and Admin. Review: the planning unit, and a Loka's koordinator Balai where configured.
/// Ratify: the head of a reviewing unit, Pimpinan and Admin.
/// </summary>
internal sealed class AksesKinerja(ICurrentUser user, IDirektoriOrganisasi direktori, IOptions<KinerjaOptions> options, IClock clock)
{
    private readonly Dictionary<Guid, UnitOrganisasi?> _unit = [];
    private Guid? _perencanaan;
    private IReadOnlyList<Guid>? _terjangkau;

    public ICurrentUser Pengguna => user;

    public KinerjaOptions Opsi => options.Value;

    public async Task<Guid?> UnitPerencanaanAsync(CancellationToken ct)
    {
        if (_perencanaan is null)
        {
            var nama = options.Value.UnitPerencanaan;
            _perencanaan = (await direktori.UnitBerdasarkanNamaAsync([nama], ct)).TryGetValue(nama, out var u) ? u.Id : Guid.Empty;
        }

        return _perencanaan == Guid.Empty ? null : _perencanaan;
    }

    /// <summary>Reads every unit: Admin, Pimpinan and the planning unit.</summary>
    public async Task<bool> NasionalAsync(CancellationToken ct) =>
        user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Pimpinan) || await DiPerencanaanAsync(ct);

    /// <summary>Units the user may read; null = all.</summary>
    public async Task<IReadOnlyList<Guid>?> CakupanBacaAsync(CancellationToken ct) =>
        await NasionalAsync(ct) ? null : _terjangkau ??= await direktori.UnitTerjangkauAsync(user.UnitId, ct);

    public async Task<bool> BolehBacaAsync(Guid unitId, CancellationToken ct) => await CakupanBacaAsync(ct) is not { } c || c.Contains(unitId);

    /// <summary>Throws 404 when the unit is outside the user's reach.</summary>
    public async Task PastikanBacaAsync(Guid unitId, CancellationToken ct)
    {
        if (!await BolehBacaAsync(unitId, ct))
        {
            throw new NotFoundException("Data kinerja unit tidak ditemukan.");
        }
    }

    public async Task<bool> BolehUbahAsync(Guid unitId, CancellationToken ct) =>
        user.IsInRole(Peran.Admin)
        || (Petugas && (user.UnitId == unitId || await DiPerencanaanAsync(ct)));

    public async Task PastikanUbahAsync(Guid unitId, CancellationToken ct)
    {
        await PastikanBacaAsync(unitId, ct);
        if (!await BolehUbahAsync(unitId, ct))
        {
            throw new ForbiddenException("Hanya petugas unit tersebut, unit perencanaan atau Admin yang dapat mengubah data kinerja ini.");
        }
    }

    /// <summary>The national PK: the planning unit's staff and Admin.</summary>
    public async Task<bool> BolehUbahNasionalAsync(CancellationToken ct) => user.IsInRole(Peran.Admin) || (Petugas && await DiPerencanaanAsync(ct));

    /// <summary>An import may only touch units the user may change: 403 naming the first one that is not
    /// (<paramref name="apa"/>: what is changed, e.g. "anggaran").</summary>
    public async Task PastikanUbahSemuaAsync(IEnumerable<UnitOrganisasi> unit, string apa, CancellationToken ct)
    {
        foreach (var u in unit.DistinctBy(u => u.Id))
        {
            if (!await BolehUbahAsync(u.Id, ct))
            {
                throw new ForbiddenException($"Anda tidak berwenang mengubah {apa} {u.Nama}.");
            }
        }
    }

    /// <summary>Verify/return: the planning unit, or a Loka's koordinator Balai where configured.</summary>
    public async Task<bool> BolehTinjauAsync(Guid unitId, CancellationToken ct) =>
        user.IsInRole(Peran.Admin) || (Petugas && (await DiPerencanaanAsync(ct) || await KoordinatorAsync(unitId, ct)));

    /// <summary>Ratify: the head of a reviewing unit, Pimpinan or Admin.</summary>
    public async Task<bool> BolehSahkanAsync(Guid unitId, CancellationToken ct) =>
        user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Pimpinan)
        || (user.IsInRole(Peran.KepalaUnit) && (await DiPerencanaanAsync(ct) || await KoordinatorAsync(unitId, ct)));

    /// <summary>The unit's head signs off action-plan evidence.</summary>
    public bool KepalaUnitDari(Guid unitId) => user.IsInRole(Peran.KepalaUnit) && user.UnitId == unitId;

    /// <summary>A unit, read once per request.</summary>
    public async Task<UnitOrganisasi?> UnitAsync(Guid unitId, CancellationToken ct)
    {
        if (!_unit.TryGetValue(unitId, out var unit))
        {
            _unit[unitId] = unit = await direktori.UnitAsync(unitId, ct);
        }

        return unit;
    }

    /// <summary>Reads many units in one query (later <see cref="UnitAsync"/> calls for them hit the cache).</summary>
    public async Task<IReadOnlyDictionary<Guid, UnitOrganisasi>> MuatUnitAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var baru = unitIds.Where(id => !_unit.ContainsKey(id)).Distinct().ToList();
        if (baru.Count > 0)
        {
            var hasil = await direktori.UnitBanyakAsync(baru, ct);
            foreach (var id in baru)
            {
                _unit[id] = hasil.GetValueOrDefault(id);
            }
        }

        return unitIds.Distinct().Where(id => _unit[id] is not null).ToDictionary(id => id, id => _unit[id]!);
    }

    /// <summary>Today in the unit's time zone.</summary>
    public async Task<LocalDate> HariIniAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await UnitAsync(unitId, ct);
        var zona = ZonaWaktuUnit.Dari(unit?.ZonaWaktu);
        return clock.GetCurrentInstant().InZone(zona).Date;
    }

    public Instant Sekarang => clock.GetCurrentInstant();

    /// <summary>Entry for the period is closed (after day N of the month following it, in the unit's time zone).</summary>
    public async Task<(LocalDate Batas, bool Ditutup)> PenutupanAsync(Guid unitId, int tahun, string periode, CancellationToken ct)
    {
        var batas = BatasEntri(tahun, periode);
        return (batas, await HariIniAsync(unitId, ct) > batas);
    }

    /// <summary>The last day entry for the period is open (the configured day of the following month).</summary>
    public LocalDate BatasEntri(int tahun, string periode) => KodePeriode.BatasEntri(tahun, periode, options.Value.HariPenutupanEntri);

    private bool Petugas => user.IsInRole(Peran.Upt) || user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit);

    private async Task<bool> DiPerencanaanAsync(CancellationToken ct) => await UnitPerencanaanAsync(ct) is { } p && user.UnitId == p;

    private async Task<bool> KoordinatorAsync(Guid unitId, CancellationToken ct) =>
        options.Value.VerifikasiLokaOlehKoordinator && (await UnitAsync(unitId, ct))?.KoordinatorId is { } k && k == user.UnitId;
}

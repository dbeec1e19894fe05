using Bpom.Platform.BuildingBlocks.Domain.HariKerja;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>Gives the current working-day calendar (holiday data + settings). Implemented by the Organisasi
/// module, cached, and refreshed whenever an admin changes holidays or settings.</summary>
public interface IKalenderHariKerjaSource
{
    ValueTask<KalenderHariKerja> GetAsync(CancellationToken cancellationToken);
}

/// <summary>A unit as the building blocks see it.</summary>
/// <param name="Id">Unit id.</param>
/// <param name="Nama">Official name.</param>
/// <param name="Jenis">UnitKerjaPusat, BalaiBesarPom, BalaiPom, LokaPom, Ppsdm or Pimpinan.</param>
/// <param name="ZonaWaktu">IANA time zone.</param>
/// <param name="KoordinatorId">For a Loka POM, its koordinator Balai.</param>
public sealed record UnitOrganisasi(Guid Id, string Nama, string Jenis, string ZonaWaktu, Guid? KoordinatorId);

/// <summary>An active user as the building blocks see it.</summary>
/// <param name="Id">User id.</param>
/// <param name="UnitId">The user's unit.</param>
/// <param name="NamaLengkap">Full name.</param>
/// <param name="Peran">Roles.</param>
/// <param name="Email">E-mail address for notifications (null when none is recorded).</param>
public sealed record PenggunaOrganisasi(Guid Id, Guid UnitId, string NamaLengkap, IReadOnlyList<string> Peran, string? Email = null);

/// <summary>The organisation directory the SOP engine needs (units, who reads what, who to notify). Implemented by
/// the Organisasi module, so building blocks never reference a module.</summary>
public interface IDirektoriOrganisasi
{
    Task<UnitOrganisasi?> UnitAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>The given units, in one query (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, UnitOrganisasi>> UnitBanyakAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    /// <summary>Names of the given units, in one query (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamaUnitAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    /// <summary>Units by exact name, in one query (unknown names are left out).</summary>
    Task<IReadOnlyDictionary<string, UnitOrganisasi>> UnitBerdasarkanNamaAsync(IReadOnlyCollection<string> nama, CancellationToken cancellationToken);

    /// <summary>Every unit (from the cached directory).</summary>
    Task<IReadOnlyList<UnitOrganisasi>> SemuaUnitAsync(CancellationToken cancellationToken);

    /// <summary>The units located in a province (case-insensitive name; none when unknown).</summary>
    Task<IReadOnlyList<Guid>> UnitDiProvinsiAsync(string provinsi, CancellationToken cancellationToken);

    /// <summary>The unit itself and, for a koordinator Balai, the Lokas it coordinates.</summary>
    Task<IReadOnlyList<Guid>> UnitTerjangkauAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>Active users of the units (any unit when empty) holding any of the roles (every role when empty).</summary>
    Task<IReadOnlyList<PenggunaOrganisasi>> PenggunaAsync(IReadOnlyList<Guid> unitIds, IReadOnlyList<string> peran, CancellationToken cancellationToken);

    /// <summary>One user, when active (null when unknown or deactivated).</summary>
    Task<PenggunaOrganisasi?> PenggunaAktifAsync(Guid penggunaId, CancellationToken cancellationToken);

    /// <summary>The given users that are active, in one query (unknown or deactivated ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, PenggunaOrganisasi>> PenggunaAktifBanyakAsync(IReadOnlyCollection<Guid> penggunaIds, CancellationToken cancellationToken);
}

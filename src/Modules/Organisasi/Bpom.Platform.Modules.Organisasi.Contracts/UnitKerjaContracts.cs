using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Organisasi.Contracts;

/// <summary>What other modules know of a unit.</summary>
/// <param name="Id">Unit id.</param>
/// <param name="Nama">Official name.</param>
/// <param name="Jenis">UnitKerjaPusat, BalaiBesarPom, BalaiPom, LokaPom, Ppsdm or Pimpinan.</param>
/// <param name="Provinsi">Province.</param>
/// <param name="ZonaWaktu">IANA time zone the unit works in.</param>
/// <param name="KoordinatorId">For a Loka POM, its koordinator Balai.</param>
public sealed record UnitKerjaRingkas(Guid Id, string Nama, string Jenis, string Provinsi, string ZonaWaktu, Guid? KoordinatorId);

/// <summary>Looks up one unit; null when it does not exist.</summary>
public sealed record GetUnitKerjaRingkasQuery(Guid UnitId) : IQuery<UnitKerjaRingkas?>;

/// <summary>The units a user of <paramref name="UnitId"/> may read: the unit itself and, for a koordinator Balai,
/// the Lokas it coordinates.</summary>
public sealed record GetUnitTerjangkauQuery(Guid UnitId) : IQuery<IReadOnlyList<Guid>>;


/// <summary>The given units (every unit when <paramref name="UnitIds"/> is null), ordered by name, in one query.</summary>
public sealed record DaftarUnitKerjaRingkasQuery(IReadOnlyList<Guid>? UnitIds) : IQuery<IReadOnlyList<UnitKerjaRingkas>>;

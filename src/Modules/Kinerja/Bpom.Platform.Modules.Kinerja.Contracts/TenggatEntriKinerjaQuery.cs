using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Contracts;

/// <summary>The current user's unit's open monthly realisation entries whose entry closes between
/// <paramref name="Dari"/> and <paramref name="Sampai"/> (at most a year apart): months of a year the unit has a
/// performance agreement for and has not yet submitted. Empty for users who do not enter realisation
/// (Upt, UnitKerjaPusat, KepalaUnit of a unit with a PK).</summary>
public sealed record TenggatEntriKinerjaQuery(LocalDate Dari, LocalDate Sampai) : IQuery<IReadOnlyList<TenggatEntriKinerja>>;

/// <summary>One open entry.</summary>
/// <param name="Tahun">The year of the agreement.</param>
/// <param name="Periode">B01–B12.</param>
/// <param name="Bulan">The month reported, e.g. "Januari 2026".</param>
/// <param name="Batas">The last day of entry (the unit's closing date, extended if the planning bureau extended it).</param>
/// <param name="Tautan">The unit's form in the SPA (a path with its query).</param>
public sealed record TenggatEntriKinerja(int Tahun, string Periode, string Bulan, LocalDate Batas, string Tautan);

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>The current user's open steps as Tugas Saya orders them (overdue first, then by due date), at most
/// <paramref name="Batas"/> (1–500) — for a digest or an export that acts as the user.</summary>
public sealed record TugasTerbukaSayaQuery(int Batas = 200) : IQuery<TugasTerbukaSaya>;

/// <summary>The open steps and how many there are in all.</summary>
/// <param name="Item">Up to the requested number of steps.</param>
/// <param name="Total">All open steps (at least this many when <paramref name="TotalPasti"/> is false).</param>
/// <param name="TotalPasti">Whether <paramref name="Total"/> is exact.</param>
public sealed record TugasTerbukaSaya(IReadOnlyList<TugasTerbuka> Item, int Total, bool TotalPasti);

/// <summary>One open step of the user.</summary>
/// <param name="InstansId">The SOP run.</param>
/// <param name="KodeSop">E.g. POM-04.01-A.</param>
/// <param name="Judul">The activity.</param>
/// <param name="NamaUnit">The performing unit.</param>
/// <param name="LangkahKode">E.g. A3.</param>
/// <param name="NamaLangkah">The step's name.</param>
/// <param name="Peran">Pelaksana, Penyetuju, TindakLanjut or Penerima.</param>
/// <param name="JatuhTempo">The Mutu Baku due date (null for steps without an HK deadline).</param>
/// <param name="HkTersisa">Working days left (negative or null once overdue, as Tugas Saya shows).</param>
/// <param name="Terlambat">Past its due date.</param>
/// <param name="RencanaSelesai">The planned date of steps without an HK deadline.</param>
/// <param name="Tautan">The activity's page in the SPA (a path).</param>
public sealed record TugasTerbuka(
    Guid InstansId, string KodeSop, string Judul, string NamaUnit, string LangkahKode, string NamaLangkah, string Peran, LocalDate? JatuhTempo,
    int? HkTersisa, bool Terlambat, LocalDate? RencanaSelesai, string Tautan);

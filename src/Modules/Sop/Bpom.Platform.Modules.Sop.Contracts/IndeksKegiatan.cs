using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>How an SOP module's list finds and orders its activities, kept by the engine with the run so a list is
/// filtered, scoped, sorted and paged in one indexed query.</summary>
/// <param name="TanggalAcuan">The date the list sorts by, newest first (planned start, registration start).</param>
/// <param name="Teks">Text the list's search looks in besides the title (topic, place); null for the title alone.</param>
/// <param name="Atribut">The module's filter values by name (commodity, function, programme); compared for equality.</param>
public sealed record IndeksKegiatan(LocalDate TanggalAcuan, string? Teks = null, IReadOnlyDictionary<string, string>? Atribut = null);

/// <summary>One activity's list data.</summary>
public sealed record IndeksKegiatanBaru(Guid InstansId, string Judul, IndeksKegiatan Indeks);

/// <summary>Replaces the list data of the given runs (a module's edits, and its start-up fill of older runs).</summary>
public sealed record IndeksKegiatanSopCommand(IReadOnlyList<IndeksKegiatanBaru> Kegiatan) : ICommand<int>;

/// <summary>Runs of <paramref name="Modul"/> its module has not given list data for yet (created before it did),
/// at most <paramref name="Batas"/>.</summary>
public sealed record InstansTanpaIndeksQuery(string Modul, int Batas) : IQuery<IReadOnlyList<InstansTanpaIndeks>>;

/// <summary>A run without list data, with the units its steps are routed to (the module keeps them for its own
/// scoped lists).</summary>
public sealed record InstansTanpaIndeks(Guid InstansId, Guid ReferensiId, IReadOnlyList<Guid> UnitTerlibat);

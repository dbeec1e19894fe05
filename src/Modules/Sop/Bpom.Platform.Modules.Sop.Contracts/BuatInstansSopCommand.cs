using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Creates the SOP instance of a new activity (sent by an SOP module inside its own command, so the
/// activity and its instance commit together). Uses the SOP version in force today.</summary>
/// <param name="KodeSop">SOP code, e.g. POM-04.01-A.</param>
/// <param name="Modul">Owning module.</param>
/// <param name="ReferensiId">The activity's id in that module.</param>
/// <param name="Judul">Activity title.</param>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Tahun">Activity year.</param>
/// <param name="Penugasan">Steps routed to other units (reporters, recipients) by the module's rules.</param>
/// <param name="Output">Output wording per step code for this activity, where the SOP words it by case.</param>
/// <param name="Indeks">How the module's list finds and orders the activity.</param>
/// <param name="Langkah">The steps of the run; null = the SOP's activity steps. The yearly cycle runs its own steps
/// (a unit's annual report A7; the recap, directive and monev A8–A10).</param>
/// <param name="PenyetujuUnitId">The unit whose head approves or returns submitted outputs instead of the performing
/// unit's (a Loka's annual report goes to its koordinator Balai).</param>
/// <param name="DasarRekomendasiId">The recommendation of the previous year's monev the activity is planned on: it is
/// the first step's Kelengkapan, and the link is kept.</param>
/// <param name="MulaiLangkahPertama">Start the first step at once on the system's behalf (its Kelengkapan comes from
/// the caller: the yearly cycle's report opens with the year's data as its input).</param>
public sealed record BuatInstansSopCommand(
    string KodeSop, string Modul, Guid ReferensiId, string Judul, Guid UnitId, int Tahun, IReadOnlyList<PenugasanBaru>? Penugasan = null,
    IReadOnlyDictionary<string, string>? Output = null, IndeksKegiatan? Indeks = null, IReadOnlyList<string>? Langkah = null,
    Guid? PenyetujuUnitId = null, Guid? DasarRekomendasiId = null, bool MulaiLangkahPertama = false) : ICommand<Guid>;

/// <summary>Starts step <paramref name="Kode"/> of a run on the system's behalf, its Kelengkapan being supplied by the
/// caller (the yearly cycle: the reports of every unit, the window that has passed). Audited as "sistem".</summary>
/// <param name="InstansId">The run.</param>
/// <param name="Kode">The step (must be the current one, waiting).</param>
/// <param name="Keterangan">Why it starts now, for the audit trail.</param>
public sealed record MulaiLangkahSistemCommand(Guid InstansId, string Kode, string Keterangan) : ICommand<bool>;

/// <summary>A directive (arahan) of a leadership step: one tracked recommendation per addressed unit (owner = that
/// unit, with a target date), and the monitoring step routed to those units, whose Tugas Saya then lists it.</summary>
/// <param name="InstansId">The recap run.</param>
/// <param name="LangkahArahan">The leadership step (A9/B9/C7); the user must be able to perform it now.</param>
/// <param name="LangkahMonev">The monitoring step the units report to (A10/B10/C8).</param>
/// <param name="Uraian">The directive.</param>
/// <param name="UnitTujuan">Addressed units.</param>
/// <param name="TargetTanggal">Target date.</param>
public sealed record CatatArahanCommand(
    Guid InstansId, string LangkahArahan, string LangkahMonev, string Uraian, IReadOnlyList<Guid> UnitTujuan, NodaTime.LocalDate TargetTanggal)
    : ICommand<IReadOnlyList<Guid>>;

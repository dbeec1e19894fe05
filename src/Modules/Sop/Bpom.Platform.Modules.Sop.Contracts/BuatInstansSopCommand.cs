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
public sealed record BuatInstansSopCommand(
    string KodeSop, string Modul, Guid ReferensiId, string Judul, Guid UnitId, int Tahun, IReadOnlyList<PenugasanBaru>? Penugasan = null,
    IReadOnlyDictionary<string, string>? Output = null, IndeksKegiatan? Indeks = null) : ICommand<Guid>;

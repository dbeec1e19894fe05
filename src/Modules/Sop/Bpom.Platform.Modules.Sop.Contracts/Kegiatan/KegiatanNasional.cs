using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>An activity of the national dataset an SOP module generated (its own row already written), for the
/// engine to give a run: created on <paramref name="Mulai"/> by <paramref name="OlehId"/>, its steps played forward
/// to today.</summary>
public sealed record KegiatanNasional(
    string KodeSop, string Modul, Guid ReferensiId, Guid InstansId, Guid UnitId, int Tahun, string Judul, LocalDate Mulai, IndeksKegiatan Indeks,
    IReadOnlyList<PenugasanBaru> Penugasan, IReadOnlyDictionary<string, string>? Output, Guid OlehId);

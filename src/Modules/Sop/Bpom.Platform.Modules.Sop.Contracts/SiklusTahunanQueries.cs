using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Module names of engine runs that are not an SOP module's activities.</summary>
public static class ModulSop
{
    /// <summary>The yearly cycle's runs: a unit's annual report (A7/B7/C5) and the recap, directive and monev
    /// (A8–A10, B8–B10, C6–C8).</summary>
    public const string SiklusTahunan = "SiklusTahunan";
}

/// <summary>The units that took part in SOP <paramref name="KodeSop"/> in year <paramref name="Tahun"/>: the performing
/// unit of every activity (cancelled ones included: they were planned) and, with <paramref name="TermasukUnitTujuan"/>,
/// the units a step was routed to. Not exposed over HTTP.</summary>
public sealed record UnitPesertaSopQuery(string KodeSop, int Tahun, bool TermasukUnitTujuan) : IQuery<IReadOnlyList<Guid>>;

/// <summary>An activity of the year as an annual report lists it.</summary>
/// <param name="InstansId">Its run.</param>
/// <param name="Modul">Owning module.</param>
/// <param name="ReferensiId">Its id there.</param>
/// <param name="Judul">Title.</param>
/// <param name="TanggalAcuan">Planned start.</param>
/// <param name="Status">Running, finished or cancelled.</param>
/// <param name="LangkahAktif">The current step.</param>
/// <param name="OutputTerakhir">The output of the last step finished (what the activity has produced so far).</param>
/// <param name="TanggalSelesai">Completion date (unit's local date).</param>
public sealed record KegiatanTahunanDto(
    Guid InstansId, string Modul, Guid ReferensiId, string Judul, LocalDate TanggalAcuan, StatusInstans Status, string? LangkahAktif,
    string? OutputTerakhir, LocalDate? TanggalSelesai);

/// <summary>One unit's year of an SOP from the engine: activities by state, step compliance, recommendations and
/// follow-ups.</summary>
/// <param name="UnitId">Performing unit.</param>
/// <param name="JumlahKegiatan">Activities of the year.</param>
/// <param name="Berjalan">Still running.</param>
/// <param name="Selesai">Completed.</param>
/// <param name="Dibatalkan">Cancelled.</param>
/// <param name="LangkahSelesai">Steps with an HK standard finished.</param>
/// <param name="LangkahTepatWaktu">Of those, finished by their due date.</param>
/// <param name="LangkahTerlambat">Of those, finished late.</param>
/// <param name="LangkahMasihTerlambat">Open steps past their due date today.</param>
/// <param name="Rekomendasi">Recommendations recorded.</param>
/// <param name="RekomendasiSelesai">Of those, with every follow-up closed.</param>
/// <param name="TindakLanjutTerbuka">Follow-ups open.</param>
/// <param name="TindakLanjutSelesai">Follow-ups closed.</param>
/// <param name="Kegiatan">The activities (when asked for).</param>
/// <param name="DaftarRekomendasi">The recommendations of those activities with their follow-up state (when asked for).</param>
public sealed record RingkasanTahunanSopDto(
    Guid UnitId, int JumlahKegiatan, int Berjalan, int Selesai, int Dibatalkan, int LangkahSelesai, int LangkahTepatWaktu, int LangkahTerlambat,
    int LangkahMasihTerlambat, int Rekomendasi, int RekomendasiSelesai, int TindakLanjutTerbuka, int TindakLanjutSelesai,
    IReadOnlyList<KegiatanTahunanDto> Kegiatan, IReadOnlyList<RekomendasiTahunanDto>? DaftarRekomendasi = null);

/// <summary>A recommendation of an activity of the year, as the annual report lists it.</summary>
/// <param name="Kegiatan">The activity's title.</param>
/// <param name="Uraian">The recommendation.</param>
/// <param name="PenanggungJawab">Its owner.</param>
/// <param name="TargetTanggal">Target date.</param>
/// <param name="TindakLanjut">Follow-ups recorded.</param>
/// <param name="TindakLanjutSelesai">Of those, closed.</param>
/// <param name="Selesai">Every follow-up closed.</param>
public sealed record RekomendasiTahunanDto(string Kegiatan, string Uraian, string PenanggungJawab, LocalDate TargetTanggal, int TindakLanjut, int TindakLanjutSelesai, bool Selesai);

/// <summary>The engine's year of SOP <paramref name="KodeSop"/> for each of <paramref name="UnitIds"/> (grouped in
/// SQL; the activity lists only with <paramref name="DenganKegiatan"/>). The caller scopes the units.</summary>
public sealed record RingkasanTahunanSopQuery(string KodeSop, int Tahun, IReadOnlyList<Guid> UnitIds, bool DenganKegiatan)
    : IQuery<IReadOnlyList<RingkasanTahunanSopDto>>;

/// <summary>Where a run's steps stand (for the yearly cycle's own screens).</summary>
public sealed record PosisiLangkahDto(
    Guid InstansId, string Kode, StatusLangkah Status, LocalDate? TanggalMulai, LocalDate? JatuhTempo, LocalDate? TanggalDiajukan, LocalDate? TanggalSelesai,
    string? AlasanTerakhir);

/// <summary>The steps of the given runs, in step order. The caller scopes the runs.</summary>
public sealed record PosisiLangkahQuery(IReadOnlyList<Guid> InstansIds) : IQuery<IReadOnlyList<PosisiLangkahDto>>;

/// <summary>A directive item (or a monev recommendation) of a cycle's recap run.</summary>
public sealed record ArahanDto(
    Guid Id, int Nomor, string Uraian, Guid? UnitTujuanId, string PenanggungJawab, LocalDate TargetTanggal, bool Selesai, bool Terlambat,
    int TindakLanjut, int TindakLanjutSelesai);

/// <summary>The recommendations of the given recap runs, with their follow-up state. The caller scopes the runs.</summary>
public sealed record DaftarArahanQuery(IReadOnlyList<Guid> InstansIds, Guid? UnitTujuanId = null) : IQuery<IReadOnlyList<ArahanDto>>;

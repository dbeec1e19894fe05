using Bpom.Platform.BuildingBlocks.Application;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>A document version attached to a step.</summary>
public sealed record DokumenDto(
    Guid Id, string LangkahKode, JenisDokumen Jenis, int Versi, string NamaBerkas, string JenisKonten, long Ukuran, string Sha256,
    string DiunggahOleh, Instant DiunggahPada);

/// <summary>A step of a running activity with its deadline, SLA on the unit's today, documents and the actions the
/// current user may take now.</summary>
public sealed record LangkahDto(
    Guid Id,
    int Nomor,
    string Kode,
    string Nama,
    IReadOnlyList<string> Pelaksana,
    string Kelengkapan,
    string Output,
    int? WaktuHk,
    StatusLangkah Status,
    LocalDate? TanggalMulai,
    LocalDate? JatuhTempo,
    LocalDate? TanggalDiajukan,
    LocalDate? TanggalSelesai,
    LocalDate? RencanaSelesai,
    string? AlasanTerakhir,
    IReadOnlyList<PeriodeJeda> Jeda,
    SlaLangkah Sla,
    bool KelengkapanTersedia,
    IReadOnlyList<DokumenDto> Dokumen,
    IReadOnlyList<PemicuLangkah> AksiTersedia,
    bool BolehUnggah,
    IReadOnlyList<PenugasanDto> Penugasan,
    string? PeringatanKalender = null);

/// <summary>An SOP activity run: its steps in order and where it stands; <c>penyetujuUnitId</c> when another unit's
/// head approves its outputs (a Loka's annual report), <c>dasarRekomendasiId</c> when it was planned on a previous
/// year's recommendation.</summary>
public sealed record InstansDto(
    Guid Id,
    string KodeSop,
    int VersiSop,
    string Modul,
    Guid ReferensiId,
    string Judul,
    Guid UnitId,
    string NamaUnit,
    string ZonaWaktu,
    int Tahun,
    StatusInstans Status,
    Instant DibuatPada,
    Instant? SelesaiPada,
    LocalDate HariIni,
    string? LangkahAktif,
    bool BolehMengelola,
    bool BolehBatalkan,
    IReadOnlyList<LangkahDto> Langkah,
    Guid? PenyetujuUnitId = null,
    Guid? DasarRekomendasiId = null,
    Instant DiubahPada = default) : IBerversi
{
    /// <summary>The run's version for <c>ETag</c>/<c>If-Match</c> (changes with every step action, document,
    /// recommendation or edit of the activity).</summary>
    public string Etag => BuildingBlocks.Application.Etag.Buat(Id, DiubahPada.ToUnixTimeTicks());
}

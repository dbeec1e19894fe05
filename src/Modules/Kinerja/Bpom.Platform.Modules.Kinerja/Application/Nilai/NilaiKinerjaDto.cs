using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>An indicator's score in a period. <c>capaian</c> is raw (uncapped) against the period's cumulative target,
/// <c>capaianTahunan</c> against the annual target; null = not measured. Values are rounded as shown (two decimals);
/// the sasaran, perspective and NKO values are computed from the unrounded capaian.</summary>
internal sealed record NilaiIndikatorDto(
    string Kode, string Nama, string Satuan, string KodeSasaran, ArahIndikator Arah, decimal? TargetPeriode, decimal? TargetTahunan, decimal? Realisasi,
    decimal? Capaian, decimal? CapaianTahunan, string? Kriteria, string? Proyeksi, SumberRealisasi Sumber, bool PenugasanDirektif);

/// <summary>How many indicators fall in a kriteria (the report's tally), IKU and penugasan direktif apart;
/// <c>kriteria</c> null = not measured in the period.</summary>
internal sealed record JumlahKriteriaDto(string? Kriteria, int Iku, int PenugasanDirektif);

/// <summary>A sasaran's value (average of its measured indicators, each capped at 120; null when none measured).
/// <c>dihitung</c>: counts toward the NKO.</summary>
internal sealed record NilaiSasaranDto(string Kode, string Nama, string Perspektif, decimal? Nilai, string? Kriteria, bool Dihitung);

/// <summary>A perspective's value: average of its measured sasaran that count toward the NKO.</summary>
internal sealed record NilaiPerspektifDto(string Nama, decimal? Nilai);

/// <summary>A unit's scores for a period (kinerja.md). Kriteria, outlook and predikat are the wording of the published
/// reports ("Sangat baik", "Tidak dapat disimpulkan", "Butuh Perbaikan", …).</summary>
internal sealed record NilaiKinerjaDto(
    string Unit, Guid UnitId, int Tahun, string Periode, IReadOnlyList<NilaiIndikatorDto> Indikator, IReadOnlyList<NilaiSasaranDto> Sasaran,
    IReadOnlyList<NilaiPerspektifDto> Perspektif, decimal? NilaiKinerjaOrganisasi, string? Predikat, StatusRealisasi? StatusLaporan, int? VersiLaporan,
    int VersiPk)
{
    /// <summary>Indicators per kriteria (Tidak dapat disimpulkan, Sangat baik, Baik, Cukup, Kurang, then not measured).</summary>
    public IReadOnlyList<JumlahKriteriaDto> JumlahKriteria { get; init; } = [];
}

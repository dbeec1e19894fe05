using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>An indicator's score in a period. <c>capaian</c> is raw (uncapped) against the period's cumulative target,
/// <c>capaianTahunan</c> against the annual target; null = not measured.</summary>
internal sealed record NilaiIndikatorDto(
    string Kode, string Nama, string Satuan, string KodeSasaran, ArahIndikator Arah, decimal? TargetPeriode, decimal? TargetTahunan, decimal? Realisasi,
    decimal? Capaian, decimal? CapaianTahunan, string? Kriteria, string? Proyeksi, SumberRealisasi Sumber);

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
    int VersiPk);

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Kinerja.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>An indicator row of the entry form.</summary>
internal sealed record IsianIndikatorDto(
    string Kode, string Nama, string Satuan, string KodeSasaran, string? Pembilang, string? Penyebut, decimal? TargetPeriode, decimal? TargetTahunan,
    SumberRealisasi Sumber, decimal? RealisasiOtomatis, RealisasiIndikator? Isian);

/// <summary>A version of the period's report (for the history list).</summary>
internal sealed record VersiLaporanDto(int Versi, StatusRealisasi Status, Instant DiubahPada, string DiubahOleh, IReadOnlyList<RiwayatRealisasi> Riwayat);

/// <summary>The entry form of a unit's period: indicators with targets, the current version, its deadline and who may do what.</summary>
internal sealed record FormRealisasiDto(
    Guid UnitId, string Unit, int Tahun, string Periode, LocalDate BatasEntri, bool Ditutup, int? Versi, StatusRealisasi? Status, IReadOnlyList<IsianIndikatorDto> Indikator,
    IReadOnlyList<VersiLaporanDto> RiwayatVersi, bool BolehUbah, IReadOnlyList<AksiRealisasi> Aksi, string Etag) : IBerversi;

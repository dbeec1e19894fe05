using Bpom.Platform.Modules.Kinerja.Application.Realisasi;
using Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;
using Bpom.Platform.Modules.Kinerja.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Body of a realisation save.</summary>
internal sealed record SimpanRealisasiRequest(Guid UnitId, int Tahun, string? Periode, IReadOnlyList<IsianRealisasi>? Isian, string? Alasan);

/// <summary>Body of a review action.</summary>
internal sealed record AksiRealisasiRequest(Guid UnitId, int Tahun, string? Periode, AksiRealisasi? Aksi, string? Alasan);

/// <summary>Body of a PK save.</summary>
internal sealed record SimpanPkRequest(Guid UnitId, int Tahun, IReadOnlyList<PerspektifPk>? Perspektif, string? Alasan);

/// <summary>Body of an SKM entry.</summary>
internal sealed record SimpanSkmRequest(Guid UnitId, int Tahun, string? Periode, string? Layanan, int JumlahResponden, IReadOnlyList<decimal>? Unsur);

/// <summary>Body of a new recommendation.</summary>
internal sealed record BuatRencanaAksiRequest(Guid UnitId, int Tahun, int Semester, SumberRekomendasi Sumber, string? NomorRekomendasi, string? Rekomendasi, string? Unsur = null);

/// <summary>Body of an action-plan action.</summary>
internal sealed record UbahRencanaAksiRequest(
    AksiRencanaAksi? Aksi, string? Rencana, LocalDate? BatasWaktu, string? Catatan, IReadOnlyList<Guid>? Bukti, bool? Sesuai, string? KondisiSebelum = null, string? KondisiSesudah = null);

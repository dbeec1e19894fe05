using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

/// <summary>A facilitator in the registry: their latest cohort status and recognition certificate.</summary>
internal sealed record FasilitatorRingkasDto(
    Guid Id, string Nama, string Nik, string Provinsi, string KabupatenKota, string InstansiPenugas, StatusPeserta Status, string Angkatan,
    string? NomorSertifikatPengakuan, LocalDate? BerlakuSampai);

/// <summary>A facilitator's path in one cohort.</summary>
internal sealed record KeikutsertaanDto(Guid AngkatanId, string Angkatan, PesertaDto Peserta);

/// <summary>A mentoring assignment.</summary>
internal sealed record PendampinganDto(Guid Id, Guid? SasaranPembinaanId, string NamaUsaha, string? Nib, LocalDate Mulai, LocalDate? Selesai, string? Catatan);

/// <summary>A facilitator's profile: data, every cohort, assignments.</summary>
internal sealed record FasilitatorDto(
    Guid Id, string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas, string? Perjanjian,
    IReadOnlyList<KeikutsertaanDto> Keikutsertaan, IReadOnlyList<PendampinganDto> Pendampingan, bool BolehTugaskan);

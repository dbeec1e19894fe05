using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;

/// <summary>A cohort in a list.</summary>
internal sealed record AngkatanRingkasDto(
    Guid Id, Guid InstansId, string Nama, Guid UnitId, string NamaUnit, int Tahun, LocalDate PendaftaranMulai, int JumlahPeserta, int JumlahDiakui,
    StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa,
    StatusSla? Sla, bool Terlambat);

/// <summary>A participant of a cohort, with the person's data (NIK masked unless the caller may see it whole).</summary>
internal sealed record PesertaDto(
    Guid Id, Guid FasilitatorId, string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas,
    string? Perjanjian, Guid? UptId, StatusPeserta Status, HasilPelatihan? HasilPelatihan, SertifikatKompetensi? SertifikatKompetensi,
    SertifikatPengakuan? SertifikatPengakuan, string? AlasanBerhenti, IReadOnlyList<RiwayatPeserta> Riwayat, IReadOnlyList<AksiPeserta> AksiTersedia);

/// <summary>A cohort with its participants and SOP D run.</summary>
internal sealed record AngkatanDto(
    Guid Id, string Nama, string DasarKegiatan, IReadOnlyList<UnitRingkasDto> Upt, LocalDate PendaftaranMulai, LocalDate PendaftaranSelesai,
    string LembagaPelatihan, int Tahun, bool BolehUbah, bool BolehTambahPeserta, IReadOnlyList<PesertaDto> Peserta, InstansDto Instans);

/// <summary>A unit by id and name.</summary>
internal sealed record UnitRingkasDto(Guid Id, string Nama);

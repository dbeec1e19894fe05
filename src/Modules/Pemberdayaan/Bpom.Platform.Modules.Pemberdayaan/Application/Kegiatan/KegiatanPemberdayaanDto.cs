using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan;

/// <summary>A kader/duta as shown.</summary>
internal sealed record KaderDto(Guid Id, string Nama, PeranKader Peran, string Komunitas, string? Kontak);

/// <summary>A Kegiatan Pemberdayaan in a list.</summary>
internal sealed record KegiatanPemberdayaanRingkasDto(
    Guid Id, Guid InstansId, string Judul, ProgramPemberdayaan Program, BentukPemberdayaan Bentuk, Guid UnitId, string NamaUnit, int Tahun,
    LocalDate TanggalRencanaMulai, int JumlahKomunitas, int JumlahKader, int JumlahPeserta, StatusInstans Status, string? LangkahAktif,
    string? NamaLangkahAktif, StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Pemberdayaan with its communities, kader and SOP run.</summary>
internal sealed record KegiatanPemberdayaanDto(
    Guid Id, string Judul, ProgramPemberdayaan Program, string? ProgramLainnya, IReadOnlyList<KomunitasSasaran> Komunitas, BentukPemberdayaan Bentuk,
    IReadOnlyList<KaderDto> Kader, int JumlahPeserta, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai,
    string DasarKegiatan, int Tahun, Instant DibuatPada, bool BolehUbah, InstansDto Instans);

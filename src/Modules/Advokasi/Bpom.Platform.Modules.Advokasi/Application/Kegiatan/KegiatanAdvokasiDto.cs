using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Advokasi.Application.Kegiatan;

/// <summary>A Kegiatan Advokasi in a list: where it stands on the SOP.</summary>
internal sealed record KegiatanAdvokasiRingkasDto(
    Guid Id, Guid InstansId, string Judul, Komoditas Komoditas, BentukAdvokasi Bentuk, Guid UnitId, string NamaUnit, int Tahun,
    LocalDate TanggalRencanaMulai, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkah,
    LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Advokasi with its SOP run (steps, due dates, SLA, documents, actions).</summary>
internal sealed record KegiatanAdvokasiDto(
    Guid Id, string Judul, string Topik, Komoditas Komoditas, IReadOnlyList<PemangkuKepentingan> PemangkuKepentingan, BentukAdvokasi Bentuk,
    string? BentukLainnya, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai, string DasarKegiatan, int Tahun,
    Instant DibuatPada, bool BolehUbah, InstansDto Instans);

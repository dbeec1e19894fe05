using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>Where a unit's annual report stands: Pratinjau (cycle not opened: figures so far), Draf, Diajukan
/// (waiting for the unit's head, or a Loka's koordinator Balai), Dikembalikan (returned with a reason), Diterima.</summary>
internal enum StatusLaporan
{
    Pratinjau = 0,
    Draf = 1,
    Diajukan = 2,
    Dikembalikan = 3,
    Diterima = 4,
}

/// <summary>One unit's report in a cycle, as the cycle's page lists it.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="NamaUnit">Its name.</param>
/// <param name="JenisUnit">UnitKerjaPusat, BalaiBesarPom, BalaiPom, LokaPom, …</param>
/// <param name="Provinsi">Province.</param>
/// <param name="LaporanId">The report (null before the cycle opens).</param>
/// <param name="InstansId">Its engine run (step A7/B7/C5: submit, approve, return, documents).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="JumlahKegiatan">The unit's activities of the SOP in the year.</param>
/// <param name="KegiatanSelesai">Of those, completed.</param>
/// <param name="JatuhTempo">The report's HK due date.</param>
/// <param name="TanggalDiajukan">Last submitted.</param>
/// <param name="TanggalDiterima">Accepted.</param>
/// <param name="Terlambat">Accepted after, or still not in past, its due date.</param>
/// <param name="PenyetujuUnitId">A Loka's koordinator Balai (accepts or returns it).</param>
/// <param name="NamaPenyetuju">Its name.</param>
/// <param name="AlasanDikembalikan">The reason it was last returned.</param>
internal sealed record LaporanUnitDto(
    Guid UnitId, string NamaUnit, string JenisUnit, string Provinsi, Guid? LaporanId, Guid? InstansId, StatusLaporan Status, int JumlahKegiatan,
    int KegiatanSelesai, LocalDate? JatuhTempo, LocalDate? TanggalDiajukan, LocalDate? TanggalDiterima, bool Terlambat, Guid? PenyetujuUnitId,
    string? NamaPenyetuju, string? AlasanDikembalikan);

/// <summary>The figures a report carries and the recap adds up.</summary>
internal sealed record AngkaLaporanDto(
    int JumlahKegiatan, int KegiatanBerjalan, int KegiatanSelesai, int KegiatanDibatalkan, int LangkahSelesai, int LangkahTepatWaktu, int LangkahTerlambat,
    int LangkahMasihTerlambat, int Rekomendasi, int RekomendasiSelesai, int TindakLanjutTerbuka, int TindakLanjutSelesai,
    IReadOnlyList<AngkaTahunanDto> AngkaSop);

/// <summary>A figure of the SOP's own (villages reached, businesses guided, surat rekomendasi issued, …).</summary>
internal sealed record AngkaTahunanDto(string Nama, int Nilai);

/// <summary>A count of activities by one property.</summary>
internal sealed record RincianDto(string Dimensi, string Nilai, int Jumlah);

/// <summary>A row of the recap: one unit (or province) with its figures.</summary>
internal sealed record BarisRekapDto(string Nama, string? Provinsi, StatusLaporan? Status, bool Terlambat, AngkaLaporanDto Angka);

/// <summary>The national recap: totals = the sum of the reports in (accepted), a row per unit and per province, and
/// the units late or not in yet.</summary>
/// <param name="LaporanMasuk">Reports accepted.</param>
/// <param name="LaporanTotal">Reports expected.</param>
/// <param name="Total">National totals.</param>
/// <param name="PerUnit">One row per accepted report.</param>
/// <param name="PerProvinsi">Accepted reports summed per province.</param>
/// <param name="UnitTerlambat">Units whose report came in after its due date.</param>
/// <param name="UnitBelumMelapor">Units whose report is not accepted yet.</param>
internal sealed record RekapDto(
    int LaporanMasuk, int LaporanTotal, AngkaLaporanDto Total, IReadOnlyList<BarisRekapDto> PerUnit, IReadOnlyList<BarisRekapDto> PerProvinsi,
    IReadOnlyList<string> UnitTerlambat, IReadOnlyList<string> UnitBelumMelapor);

/// <summary>A step of the recap run (rekapitulasi, arahan, monev).</summary>
internal sealed record LangkahRekapDto(string Kode, StatusLangkah Status, LocalDate? TanggalMulai, LocalDate? JatuhTempo, LocalDate? TanggalSelesai);

/// <summary>An SOP's yearly cycle for year <c>tahun</c>, scoped to what the user may read.</summary>
/// <param name="KodeSop">SOP.</param>
/// <param name="Tahun">Year n.</param>
/// <param name="Status">Pratinjau (not opened yet), LaporanUnit, Rekapitulasi, Arahan, Monev, Selesai.</param>
/// <param name="TanggalBuka">Opening day (or the day it will open).</param>
/// <param name="BatasLaporan">End of the reports' window.</param>
/// <param name="KoordinatorUnitId">The coordinating Unit Kerja Pusat.</param>
/// <param name="NamaKoordinator">Its name.</param>
/// <param name="RekapInstansId">The recap run (steps rekapitulasi, arahan, monev).</param>
/// <param name="LangkahRekap">Its steps.</param>
/// <param name="LaporanUnit">The reports the user may read.</param>
/// <param name="Rekap">The recap (for Unit Kerja Pusat, Pimpinan and Admin).</param>
/// <param name="Arahan">The directive items the user may read.</param>
internal sealed record SiklusTahunanDto(
    string KodeSop, int Tahun, string Status, LocalDate? TanggalBuka, LocalDate? BatasLaporan, Guid? KoordinatorUnitId, string? NamaKoordinator,
    Guid? RekapInstansId, IReadOnlyList<LangkahRekapDto> LangkahRekap, IReadOnlyList<LaporanUnitDto> LaporanUnit, RekapDto? Rekap,
    IReadOnlyList<ArahanDto> Arahan);

/// <summary>One unit's annual report: header, narrative, the figures drafted from the year's data, the activities, and
/// for a koordinator Balai its Lokas' accepted reports as annexes.</summary>
internal sealed record LaporanTahunanDto(
    string KodeSop, string NamaSop, int Tahun, LaporanUnitDto Unit, string Capaian, string Kendala, string RencanaTindakLanjut, bool BolehUbah,
    AngkaLaporanDto Angka, IReadOnlyList<RincianDto> Rincian, IReadOnlyList<KegiatanTahunanDto> Kegiatan, IReadOnlyList<LaporanUnitDto> Lampiran,
    Instant? DiubahPada, int Versi, IReadOnlyList<RekomendasiTahunanDto> Rekomendasi);

internal static class PemetaanAngka
{
    public static AngkaLaporanDto Dari(RingkasanTahunanSopDto? r, IEnumerable<AngkaTahunan> angka) => new(
        r?.JumlahKegiatan ?? 0, r?.Berjalan ?? 0, r?.Selesai ?? 0, r?.Dibatalkan ?? 0, r?.LangkahSelesai ?? 0, r?.LangkahTepatWaktu ?? 0,
        r?.LangkahTerlambat ?? 0, r?.LangkahMasihTerlambat ?? 0, r?.Rekomendasi ?? 0, r?.RekomendasiSelesai ?? 0, r?.TindakLanjutTerbuka ?? 0,
        r?.TindakLanjutSelesai ?? 0, angka.Select(a => new AngkaTahunanDto(a.Nama, a.Nilai)).ToList());

    public static AngkaLaporanDto Jumlah(IReadOnlyCollection<AngkaLaporanDto> semua, IReadOnlyList<string> namaAngka) => new(
        semua.Sum(a => a.JumlahKegiatan), semua.Sum(a => a.KegiatanBerjalan), semua.Sum(a => a.KegiatanSelesai), semua.Sum(a => a.KegiatanDibatalkan),
        semua.Sum(a => a.LangkahSelesai), semua.Sum(a => a.LangkahTepatWaktu), semua.Sum(a => a.LangkahTerlambat), semua.Sum(a => a.LangkahMasihTerlambat),
        semua.Sum(a => a.Rekomendasi), semua.Sum(a => a.RekomendasiSelesai), semua.Sum(a => a.TindakLanjutTerbuka), semua.Sum(a => a.TindakLanjutSelesai),
        namaAngka.Select(n => new AngkaTahunanDto(n, semua.Sum(a => a.AngkaSop.Where(x => x.Nama == n).Sum(x => x.Nilai)))).ToList());
}

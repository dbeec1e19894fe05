using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.SiklusTahunan.Application;
using Bpom.Platform.UnitTests.HariKerja;
using CsCheck;
using NodaTime;

namespace Bpom.Platform.UnitTests.SiklusTahunan;

public class SiklusTahunanTests
{
    [Theory]
    [InlineData("01-01", 2026, "2027-01-04")] // 1 Jan 2027 (Friday) a holiday, then the weekend
    [InlineData("01-01", 2025, "2026-01-02")] // 1 Jan 2026 a holiday; Friday 2 Jan is a working day
    [InlineData("01-15", 2025, "2026-01-15")]
    [InlineData("01-17", 2025, "2026-01-19")] // Saturday → Monday
    public void The_cycle_opens_on_the_first_working_day_on_or_after_the_configured_day(string hari, int tahun, string diharapkan)
    {
        var kalender = new KalenderHariKerja(ReferenceCalendar.SeedHolidays().Append(new HariLibur(new LocalDate(2027, 1, 1), JenisHariLibur.LiburNasional)));
        var opsi = new OpsiSiklusTahunan { TanggalBuka = hari };
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(diharapkan, System.Globalization.CultureInfo.InvariantCulture)), opsi.HariBuka(tahun, kalender));
    }

    [Fact]
    public void Every_SOP_with_a_yearly_cycle_names_four_steps_of_its_own()
    {
        foreach (var s in LangkahSiklus.Semua)
        {
            Assert.Equal(3, s.LangkahRekap.Count);
            Assert.All(new[] { s.Laporan, s.Rekap, s.Arahan, s.Monev }, k => Assert.StartsWith(s.KodeSop[^1..], k, StringComparison.Ordinal));
        }

        Assert.Null(LangkahSiklus.Cari("POM-04.01-D"));
        Assert.NotNull(LangkahSiklus.Cari("pom-04.01-a"));
    }

    /// <summary>Whatever the reports and their states, the recap's totals are the sum of the accepted reports (nationally
    /// and over the provinces), and every unit not accepted is listed as not in.</summary>
    [Fact]
    public void The_recap_totals_are_the_sum_of_the_accepted_reports()
    {
        var laporan = Gen.Select(Gen.Int[0, 50], Gen.Int[0, 20], Gen.Enum<StatusLaporan>(), Gen.Int[0, 3], Gen.Bool)
            .Array[0, 30];
        laporan.Sample(baris =>
        {
            var data = baris.Select((b, i) =>
            {
                var angka = new AngkaLaporanDto(b.Item1, 0, b.Item2, 0, 0, 0, 0, 0, 0, 0, 0, 0, [new AngkaTahunanDto("Desa", b.Item2)]);
                var dto = new LaporanUnitDto(
                    Guid.NewGuid(), $"Unit {i:00}", "BalaiPom", $"Provinsi {b.Item4}", Guid.NewGuid(), Guid.NewGuid(), b.Item3, b.Item1, b.Item2, null, null, null,
                    b.Item5, null, null, null);
                return new PembacaSiklus.Baris(dto, angka, []);
            }).ToList();
            var rekap = PembacaSiklus.Rekap(data, ["Desa"]);
            var masuk = data.Where(d => d.Dto.Status == StatusLaporan.Diterima).ToList();
            Assert.Equal(masuk.Count, rekap.LaporanMasuk);
            Assert.Equal(data.Count, rekap.LaporanTotal);
            Assert.Equal(masuk.Sum(m => m.Angka.JumlahKegiatan), rekap.Total.JumlahKegiatan);
            Assert.Equal(rekap.Total.JumlahKegiatan, rekap.PerProvinsi.Sum(p => p.Angka.JumlahKegiatan));
            Assert.Equal(masuk.Sum(m => m.Angka.KegiatanSelesai), rekap.Total.AngkaSop.Single().Nilai);
            Assert.Equal(data.Count - masuk.Count, rekap.UnitBelumMelapor.Count);
            Assert.Equal(data.Count(d => d.Dto.Terlambat), rekap.UnitTerlambat.Count);
        });
    }
}

using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using CsCheck;
using NodaTime;

namespace Bpom.Platform.UnitTests.HariKerja;

public class KalenderHariKerjaTests
{
    private static readonly IReadOnlyList<HariLibur> Seed = ReferenceCalendar.SeedHolidays();
    private static readonly LocalDate Awal2024 = new(2024, 1, 1);
    private static readonly LocalDate Akhir2026 = new(2026, 12, 31);

    [Theory]
    [InlineData("2026-03-17", 5, "2026-03-31")] // Nyepi, Idul Fitri and cuti bersama 18–24 March in between
    [InlineData("2026-03-13", 1, "2026-03-16")] // Friday + 1 = Monday
    [InlineData("2026-12-23", 1, "2026-12-28")] // 24 cuti bersama, 25 Natal, 26–27 weekend
    [InlineData("2025-03-27", 1, "2025-04-08")] // Nyepi + Idul Fitri 1446 H block
    [InlineData("2024-04-05", 1, "2024-04-16")] // Idul Fitri 1445 H block
    public void Due_dates_match_the_published_calendar(string mulai, int hk, string expected)
    {
        var kalender = new KalenderHariKerja(Seed);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)),
            kalender.TambahHariKerja(Parse(mulai), hk));
    }

    [Fact]
    public void Every_start_date_in_2024_to_2026_and_every_N_up_to_250_matches_a_day_by_day_count()
    {
        var kalender = new KalenderHariKerja(Seed);
        var reference = new ReferenceCalendar(Seed);
        for (var mulai = Awal2024; mulai <= Akhir2026; mulai = mulai.PlusDays(1))
        {
            // Walk forward once per start date, checking each N as it is reached.
            var d = mulai;
            for (var n = 1; n <= 250; n++)
            {
                do
                {
                    d = d.PlusDays(1);
                }
                while (!reference.IsHariKerja(d));

                var actual = kalender.TambahHariKerja(mulai, n);
                if (actual != d)
                {
                    Assert.Fail($"mulai={mulai:yyyy-MM-dd} hk={n}: expected {d:yyyy-MM-dd}, got {actual:yyyy-MM-dd}");
                }
            }
        }
    }

    [Fact]
    public void Counting_matches_a_day_by_day_count_for_every_pair_within_a_year_in_2024_to_2026()
    {
        var kalender = new KalenderHariKerja(Seed);
        var reference = new ReferenceCalendar(Seed);
        for (var dari = Awal2024; dari <= Akhir2026; dari = dari.PlusDays(1))
        {
            var expected = 0;
            for (var k = 1; k <= 370; k++)
            {
                var sampai = dari.PlusDays(k);
                if (reference.IsHariKerja(sampai))
                {
                    expected++;
                }

                var actual = kalender.HitungHariKerja(dari, sampai);
                if (actual != expected)
                {
                    Assert.Fail($"dari={dari:yyyy-MM-dd} sampai={sampai:yyyy-MM-dd}: expected {expected}, got {actual}");
                }
            }
        }
    }

    [Fact]
    public void Cuti_bersama_counts_as_working_day_when_configured()
    {
        var libur = new KalenderHariKerja(Seed, cutiBersamaSebagaiHariKerja: false);
        var kerja = new KalenderHariKerja(Seed, cutiBersamaSebagaiHariKerja: true);
        var cutiBersama = new LocalDate(2026, 3, 18); // Wednesday, cuti bersama Nyepi
        Assert.False(libur.IsHariKerja(cutiBersama));
        Assert.True(kerja.IsHariKerja(cutiBersama));
        Assert.False(kerja.IsHariKerja(new LocalDate(2026, 3, 19))); // Nyepi itself stays a holiday
        Assert.Equal(new LocalDate(2026, 3, 18), kerja.TambahHariKerja(new LocalDate(2026, 3, 17), 1));
        Assert.Equal(new LocalDate(2026, 3, 25), libur.TambahHariKerja(new LocalDate(2026, 3, 17), 1));
    }

    [Fact]
    public void Years_without_holiday_data_are_reported()
    {
        var kalender = new KalenderHariKerja(Seed);
        Assert.Empty(kalender.TahunTanpaDataLibur(new LocalDate(2024, 5, 1), new LocalDate(2026, 5, 1)));
        Assert.Equal([2027, 2028], kalender.TahunTanpaDataLibur(new LocalDate(2026, 12, 1), new LocalDate(2028, 1, 5)));
        Assert.Equal([2023], kalender.TahunTanpaDataLibur(new LocalDate(2024, 1, 5), new LocalDate(2023, 12, 20)));
    }

    [Fact]
    public void Zero_HK_is_the_start_date_and_negative_HK_is_rejected()
    {
        var kalender = new KalenderHariKerja(Seed);
        Assert.Equal(new LocalDate(2026, 3, 21), kalender.TambahHariKerja(new LocalDate(2026, 3, 21), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => kalender.TambahHariKerja(new LocalDate(2026, 3, 21), -1));
    }

    [Fact]
    public void Counting_backwards_is_the_negated_forward_count()
    {
        var kalender = new KalenderHariKerja(Seed);
        Assert.Equal(-5, kalender.HitungHariKerja(new LocalDate(2026, 3, 31), new LocalDate(2026, 3, 17)));
        Assert.Equal(0, kalender.HitungHariKerja(new LocalDate(2026, 3, 31), new LocalDate(2026, 3, 31)));
    }

    // ---- Properties over arbitrary calendars (random holiday sets, dates 2000–2100, N up to 1000) ----

    private static readonly Gen<LocalDate> GenDate =
        Gen.Int[0, 36_890].Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static readonly Gen<HariLibur> GenLibur =
        Gen.Select(GenDate, Gen.Bool, (d, cuti) => new HariLibur(d, cuti ? JenisHariLibur.CutiBersama : JenisHariLibur.LiburNasional));

    private static readonly Gen<(HariLibur[] Libur, bool Cuti, LocalDate Mulai, int Hk)> GenCase =
        Gen.Select(GenLibur.Array[0, 400], Gen.Bool, GenDate, Gen.Int[0, 1000]);

    [Fact]
    public void Adding_then_counting_back_gives_N()
    {
        GenCase.Sample(c =>
        {
            var kalender = new KalenderHariKerja(c.Libur, c.Cuti);
            var due = kalender.TambahHariKerja(c.Mulai, c.Hk);
            return kalender.HitungHariKerja(c.Mulai, due) == c.Hk;
        }, iter: 3000);
    }

    [Fact]
    public void The_due_date_is_never_a_weekend_or_holiday()
    {
        GenCase.Where(c => c.Hk > 0).Sample(c =>
        {
            var kalender = new KalenderHariKerja(c.Libur, c.Cuti);
            var reference = new ReferenceCalendar(c.Libur, c.Cuti);
            var due = kalender.TambahHariKerja(c.Mulai, c.Hk);
            return reference.IsHariKerja(due) && kalender.IsHariKerja(due);
        }, iter: 3000);
    }

    [Fact]
    public void Matches_the_day_by_day_reference_on_random_calendars()
    {
        GenCase.Sample(c =>
        {
            var kalender = new KalenderHariKerja(c.Libur, c.Cuti);
            var reference = new ReferenceCalendar(c.Libur, c.Cuti);
            var due = kalender.TambahHariKerja(c.Mulai, c.Hk);
            return due == reference.Tambah(c.Mulai, c.Hk)
                   && kalender.HitungHariKerja(c.Mulai, c.Mulai.PlusDays(c.Hk)) == reference.Hitung(c.Mulai, c.Mulai.PlusDays(c.Hk));
        }, iter: 1000);
    }

    [Fact]
    public void The_day_before_the_due_date_is_still_short_of_N()
    {
        GenCase.Where(c => c.Hk > 0).Sample(c =>
        {
            var kalender = new KalenderHariKerja(c.Libur, c.Cuti);
            var due = kalender.TambahHariKerja(c.Mulai, c.Hk);
            return kalender.HitungHariKerja(c.Mulai, due.PlusDays(-1)) == c.Hk - 1;
        }, iter: 2000);
    }

    private static LocalDate Parse(string s) => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value;
}

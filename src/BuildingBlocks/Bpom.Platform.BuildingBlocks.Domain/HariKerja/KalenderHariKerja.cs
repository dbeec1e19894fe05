using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Domain.HariKerja;

/// <summary>
/// Hari kerja (HK) arithmetic: working days skip Saturdays, Sundays, national holidays and (unless configured
/// otherwise) cuti bersama. Immutable snapshot; build a new one when the holiday data changes.
/// </summary>
/// <remarks>
/// Convention used everywhere: the start date is not counted. <see cref="TambahHariKerja"/> returns the N-th
/// working day after the start; <see cref="HitungHariKerja"/> counts the working days in (dari, sampai].
/// Both run in O(h log H) where h is the number of holidays inside the range and H all holidays: weekdays are
/// counted arithmetically, never day by day.
/// </remarks>
public sealed class KalenderHariKerja
{
    // DateOnly.DayNumber 0 is Monday 0001-01-01, so (dayNumber % 7) is 0 = Monday … 6 = Sunday.
    private readonly int[] _liburPadaHariKerja;
    private readonly HashSet<int> _tahunTermuat;

    /// <param name="hariLibur">All known holidays (any order, duplicates and weekend dates allowed).</param>
    /// <param name="cutiBersamaSebagaiHariKerja">When true, cuti bersama counts as a working day.</param>
    public KalenderHariKerja(IEnumerable<HariLibur> hariLibur, bool cutiBersamaSebagaiHariKerja = false)
    {
        ArgumentNullException.ThrowIfNull(hariLibur);
        var semua = hariLibur.ToList();
        CutiBersamaSebagaiHariKerja = cutiBersamaSebagaiHariKerja;
        _tahunTermuat = semua.Select(h => h.Tanggal.Year).ToHashSet();
        _liburPadaHariKerja = semua
            .Where(h => !(cutiBersamaSebagaiHariKerja && h.Jenis == JenisHariLibur.CutiBersama))
            .Select(h => DayNumber(h.Tanggal))
            .Where(IsWeekday)
            .Distinct()
            .Order()
            .ToArray();
    }

    /// <summary>Whether cuti bersama is treated as a working day in this snapshot.</summary>
    public bool CutiBersamaSebagaiHariKerja { get; }

    /// <summary>Years for which at least one holiday is loaded.</summary>
    public IReadOnlyCollection<int> TahunTermuat => _tahunTermuat;

    /// <summary>True when <paramref name="tanggal"/> is a working day.</summary>
    public bool IsHariKerja(LocalDate tanggal)
    {
        var dn = DayNumber(tanggal);
        return IsWeekday(dn) && Array.BinarySearch(_liburPadaHariKerja, dn) < 0;
    }

    /// <summary>The <paramref name="hk"/>-th working day after <paramref name="mulai"/> (mulai itself not counted).
    /// <paramref name="hk"/> = 0 returns <paramref name="mulai"/>.</summary>
    public LocalDate TambahHariKerja(LocalDate mulai, int hk)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hk);
        if (hk == 0)
        {
            return mulai;
        }

        var dari = DayNumber(mulai);
        var hasil = NthWeekdayAfter(dari, hk);
        var kurang = CountHolidays(dari, hasil);
        while (kurang > 0)
        {
            // Every holiday inside the range pushes the due date one more weekday out.
            var sebelumnya = hasil;
            hasil = NthWeekdayAfter(sebelumnya, kurang);
            kurang = CountHolidays(sebelumnya, hasil);
        }

        return FromDayNumber(hasil);
    }

    /// <summary>Working days in (<paramref name="dari"/>, <paramref name="sampai"/>]; negative when sampai is
    /// before dari (the working days in (sampai, dari], negated).</summary>
    public int HitungHariKerja(LocalDate dari, LocalDate sampai)
    {
        var a = DayNumber(dari);
        var b = DayNumber(sampai);
        if (b < a)
        {
            return -Count(b, a);
        }

        return Count(a, b);
    }

    /// <summary>Years touched by [dari, sampai] that have no holiday data: HK there counts weekends only.</summary>
    public IReadOnlyList<int> TahunTanpaDataLibur(LocalDate dari, LocalDate sampai)
    {
        var (awal, akhir) = dari <= sampai ? (dari.Year, sampai.Year) : (sampai.Year, dari.Year);
        var hasil = new List<int>();
        for (var tahun = awal; tahun <= akhir; tahun++)
        {
            if (!_tahunTermuat.Contains(tahun))
            {
                hasil.Add(tahun);
            }
        }

        return hasil;
    }

    private int Count(int a, int b) => WeekdaysBefore(b + 1) - WeekdaysBefore(a + 1) - CountHolidays(a, b);

    /// <summary>Holidays on weekdays in (a, b].</summary>
    private int CountHolidays(int a, int b) => UpperBound(b) - UpperBound(a);

    /// <summary>Number of holiday entries ≤ x.</summary>
    private int UpperBound(int x)
    {
        var i = Array.BinarySearch(_liburPadaHariKerja, x);
        return i >= 0 ? i + 1 : ~i;
    }

    private static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    /// <summary>Weekdays in [day 0, d).</summary>
    private static int WeekdaysBefore(int d) => (5 * (d / 7)) + Math.Min(d % 7, 5);

    /// <summary>The n-th weekday after day a (a not counted), n ≥ 1.</summary>
    private static int NthWeekdayAfter(int a, int n)
    {
        var k = WeekdaysBefore(a + 1) + n - 1; // zero-based weekday index of the answer
        return (7 * (k / 5)) + (k % 5);
    }

    private static int DayNumber(LocalDate d) => d.ToDateOnly().DayNumber;

    private static LocalDate FromDayNumber(int dn) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dn));
}

using System.Globalization;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>Period codes shared with performance reporting: TW1–TW4 (quarters) and B01–B12 (months).</summary>
public static class PeriodeLaporan
{
    /// <summary>The first and last day of <paramref name="periode"/> in <paramref name="tahun"/>; null = the whole year.</summary>
    public static (LocalDate Dari, LocalDate Sampai)? Rentang(int tahun, string? periode)
    {
        if (string.IsNullOrWhiteSpace(periode))
        {
            return (new LocalDate(tahun, 1, 1), new LocalDate(tahun, 12, 31));
        }

        var p = periode.Trim().ToUpperInvariant();
        if (p.Length == 3 && p.StartsWith("TW", StringComparison.Ordinal) && p[2] is >= '1' and <= '4')
        {
            var awal = new LocalDate(tahun, ((p[2] - '1') * 3) + 1, 1);
            return (awal, awal.PlusMonths(3).PlusDays(-1));
        }

        if (p.Length == 3 && p[0] == 'B' && int.TryParse(p.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var bulan) && bulan is >= 1 and <= 12)
        {
            var awal = new LocalDate(tahun, bulan, 1);
            return (awal, awal.PlusMonths(1).PlusDays(-1));
        }

        return null;
    }
}

using System.Globalization;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

namespace Bpom.Platform.UnitTests.HariKerja;

/// <summary>The obvious, slow, independent reading of "hari kerja": walk day by day.</summary>
internal sealed class ReferenceCalendar(IEnumerable<HariLibur> libur, bool cutiBersamaSebagaiHariKerja = false)
{
    private readonly HashSet<LocalDate> _libur = libur
        .Where(h => !(cutiBersamaSebagaiHariKerja && h.Jenis == JenisHariLibur.CutiBersama))
        .Select(h => h.Tanggal)
        .ToHashSet();

    public bool IsHariKerja(LocalDate d) =>
        d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_libur.Contains(d);

    public LocalDate Tambah(LocalDate mulai, int hk)
    {
        var d = mulai;
        while (hk > 0)
        {
            d = d.PlusDays(1);
            if (IsHariKerja(d))
            {
                hk--;
            }
        }

        return d;
    }

    public int Hitung(LocalDate dari, LocalDate sampai)
    {
        var n = 0;
        for (var d = dari.PlusDays(1); d <= sampai; d = d.PlusDays(1))
        {
            if (IsHariKerja(d))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The holidays shipped as seed data (hari-libur.csv, 2024–2026).</summary>
    public static IReadOnlyList<HariLibur> SeedHolidays() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "hari-libur.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => new HariLibur(
                LocalDate.FromDateTime(DateTime.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                p[1] == "cuti_bersama" ? JenisHariLibur.CutiBersama : JenisHariLibur.LiburNasional))
            .ToList();
}

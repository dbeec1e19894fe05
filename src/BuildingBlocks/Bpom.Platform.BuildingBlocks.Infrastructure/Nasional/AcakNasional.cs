using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;

/// <summary>Small helpers the dataset's parts share to draw plausible values.</summary>
public static class AcakNasional
{
    public static T Pilih<T>(this Random acak, IReadOnlyList<T> daftar)
    {
        ArgumentNullException.ThrowIfNull(acak);
        ArgumentNullException.ThrowIfNull(daftar);
        return daftar[acak.Next(daftar.Count)];
    }

    /// <summary>About <paramref name="rataRata"/> × the run's scale, ± 20 %.</summary>
    public static int Jumlah(this Random acak, DataNasional data, double rataRata)
    {
        ArgumentNullException.ThrowIfNull(acak);
        ArgumentNullException.ThrowIfNull(data);
        var n = rataRata * data.Opsi.Skala * (0.8 + (acak.NextDouble() * 0.4));
        var bulat = (int)Math.Floor(n);
        return bulat + (acak.NextDouble() < n - bulat ? 1 : 0);
    }

    /// <summary>A day of <paramref name="tahun"/> (a weekday), never after <paramref name="batas"/>.</summary>
    public static LocalDate Tanggal(this Random acak, int tahun, LocalDate batas)
    {
        ArgumentNullException.ThrowIfNull(acak);
        var awal = new LocalDate(tahun, 1, 2);
        var akhir = new LocalDate(tahun, 12, 15);
        if (akhir > batas)
        {
            akhir = batas;
        }

        var hari = awal.PlusDays(acak.Next(Math.Max(1, Period.Between(awal, akhir, PeriodUnits.Days).Days + 1)));
        while (hari.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            hari = hari.PlusDays(-1);
        }

        return hari;
    }

    /// <summary>The place a unit works in, from its name ("Balai POM di Bengkulu" → "Bengkulu").</summary>
    public static string Tempat(UnitNasional unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var i = unit.Nama.LastIndexOf(" di ", StringComparison.Ordinal);
        return i >= 0 ? unit.Nama[(i + 4)..].Replace("Kabupaten ", "Kab. ", StringComparison.Ordinal) : "Jakarta";
    }

    /// <summary>A plausible Indonesian personal name.</summary>
    public static string Nama(this Random acak)
    {
        ArgumentNullException.ThrowIfNull(acak);
        string[] depan = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Eko", "Sri", "Hendra", "Wulan", "Yusuf", "Ratna", "Fajar", "Indah", "Rizki", "Putri", "Dedi", "Lestari", "Bayu"];
        string[] belakang = ["Rahmawati", "Santoso", "Hidayat", "Pratama", "Wijaya", "Saputra", "Nurhaliza", "Setiawan", "Kusuma", "Lubis", "Siregar", "Nasution", "Wahyuni", "Purnomo", "Hakim", "Syahputra", "Anggraini", "Utami"];
        return $"{acak.Pilih(depan)} {acak.Pilih(belakang)}";
    }
}

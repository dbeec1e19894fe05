using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

BenchmarkSwitcher.FromAssembly(typeof(HariKerjaBenchmarks).Assembly).Run(args);

/// <summary>
/// HK arithmetic against the seeded 2024–2026 holidays, compared with the obvious day-by-day walk.
/// Run: dotnet run -c Release --project tests/Bpom.Platform.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class HariKerjaBenchmarks
{
    private KalenderHariKerja _kalender = null!;
    private HashSet<LocalDate> _libur = null!;
    private readonly LocalDate _mulai = new(2024, 3, 4);

    [Params(5, 250, 1000)]
    public int Hk { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var libur = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "hari-libur.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(p => new HariLibur(LocalDate.FromDateTime(DateTime.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                p[1] == "cuti_bersama" ? JenisHariLibur.CutiBersama : JenisHariLibur.LiburNasional))
            .ToList();
        _kalender = new KalenderHariKerja(libur);
        _libur = libur.Select(l => l.Tanggal).ToHashSet();
    }

    [Benchmark]
    public LocalDate TambahHariKerja() => _kalender.TambahHariKerja(_mulai, Hk);

    [Benchmark]
    public int HitungHariKerja() => _kalender.HitungHariKerja(_mulai, _mulai.PlusDays(Hk * 7 / 5));

    [Benchmark(Baseline = true)]
    public LocalDate DayByDay()
    {
        var d = _mulai;
        var n = Hk;
        while (n > 0)
        {
            d = d.PlusDays(1);
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_libur.Contains(d))
            {
                n--;
            }
        }

        return d;
    }
}

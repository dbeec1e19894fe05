using System.Globalization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>Reads the <c>seed-nasional</c> command line: its options, and the arguments left for the host.</summary>
public static class PerintahDataNasional
{
    public const string Nama = "seed-nasional";

    /// <summary>Null when the command line is not <c>seed-nasional</c>; throws on an unknown or malformed option.</summary>
    public static (OpsiDataNasional Opsi, string[] Sisa)? Baca(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = args.ToList().FindIndex(a => a.Equals(Nama, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            return null;
        }

        var opsi = new OpsiDataNasional();
        var sisa = args.Take(i).ToList();
        for (var j = i + 1; j < args.Count; j++)
        {
            string Nilai() => j + 1 < args.Count ? args[++j] : throw new ArgumentException($"{args[j]} perlu nilai.");
            opsi = args[j] switch
            {
                "--tahun" => opsi with { Tahun = Bulat(Nilai(), 1, 30) },
                "--seed" => opsi with { Seed = Bulat(Nilai(), int.MinValue, int.MaxValue) },
                "--skala" => opsi with { Skala = Pecahan(Nilai(), 0.001, 20) },
                "--terbuka" => opsi with { Terbuka = Pecahan(Nilai(), 0, 1) },
                _ => Lewat(args[j], sisa, opsi),
            };
        }

        return (opsi, sisa.ToArray());
    }

    private static OpsiDataNasional Lewat(string arg, List<string> sisa, OpsiDataNasional opsi)
    {
        sisa.Add(arg);
        return opsi;
    }

    private static int Bulat(string s, int min, int max) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"Nilai {s} harus bilangan bulat {min}–{max}.");

    private static double Pecahan(string s, double min, double max) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"Nilai {s} harus antara {min} dan {max}.");
}

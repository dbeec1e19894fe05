using System.Globalization;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using FluentValidation;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>The yearly cycle's steps of one SOP: the units' report, the recap, the directive and the monev.</summary>
/// <param name="KodeSop">SOP code.</param>
/// <param name="Singkat">Its short name for titles.</param>
/// <param name="Laporan">Report step (A7/B7/C5).</param>
/// <param name="Rekap">Recap step (A8/B8/C6).</param>
/// <param name="Arahan">Directive step (A9/B9/C7).</param>
/// <param name="Monev">Monev step (A10/B10/C8).</param>
/// <param name="TermasukUnitTujuan">Units a step was routed to take part (SOP B: the directorates).</param>
internal sealed record LangkahSiklus(string KodeSop, string Singkat, string Laporan, string Rekap, string Arahan, string Monev, bool TermasukUnitTujuan)
{
    public static readonly IReadOnlyList<LangkahSiklus> Semua =
    [
        new("POM-04.01-A", "Advokasi", "A7", "A8", "A9", "A10", false),
        new("POM-04.01-B", "Pembinaan dan Pendampingan", "B7", "B8", "B9", "B10", true),
        new("POM-04.01-C", "Pemberdayaan Masyarakat", "C5", "C6", "C7", "C8", false),
    ];

    public static LangkahSiklus? Cari(string kodeSop) =>
        Semua.SingleOrDefault(s => string.Equals(s.KodeSop, kodeSop, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> LangkahRekap => [Rekap, Arahan, Monev];

    /// <summary>The cycle's calendar day: the coordinating centre's (WIB).</summary>
    public static LocalDate HariIni(Instant sekarang) => sekarang.InZone(ZonaWaktuUnit.Nasional).Date;
}

/// <summary>The rules every cycle request shares.</summary>
internal static class AturanSiklus
{
    public static IRuleBuilderOptions<T, string> KodeSopSiklus<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(k => LangkahSiklus.Cari(k) is not null).WithMessage("kodeSop harus POM-04.01-A, POM-04.01-B atau POM-04.01-C.").OverridePropertyName("kodeSop");

    public static IRuleBuilderOptions<T, int> TahunSiklus<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.").OverridePropertyName("tahun");
}

/// <summary>Settings of the yearly cycle (section <c>SiklusTahunan</c>).</summary>
internal sealed class OpsiSiklusTahunan
{
    /// <summary>When the cycle of year n opens: the first working day on or after this day (MM-dd) of year n+1.</summary>
    public string TanggalBuka { get; set; } = "01-01";

    /// <summary>Per SOP code, the name of the Unit Kerja Pusat that coordinates the recap and monev.</summary>
    public Dictionary<string, string> Koordinator { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POM-04.01-A"] = "Biro Kerja Sama dan Hubungan Masyarakat",
        ["POM-04.01-B"] = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan",
        ["POM-04.01-C"] = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan",
    };

    /// <summary>The opening day of year <paramref name="tahun"/>'s cycle.</summary>
    public LocalDate HariBuka(int tahun, KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        var md = DateTime.ParseExact(TanggalBuka, "MM-dd", CultureInfo.InvariantCulture);
        var hari = new LocalDate(tahun + 1, md.Month, md.Day);
        for (var i = 0; i < 60 && !kalender.IsHariKerja(hari); i++)
        {
            hari = hari.PlusDays(1);
        }

        return hari;
    }
}

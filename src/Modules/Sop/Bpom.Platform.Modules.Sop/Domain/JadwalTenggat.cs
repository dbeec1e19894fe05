using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>
/// The rungs of a running step's deadline ladder and the day each one becomes due: a reminder once 2 HK or fewer
/// remain (H-2), one on the due day (H0), one escalation the day after (1). The sweep reads only steps whose next rung
/// is due, so its work grows with what is due, not with every open step.
/// </summary>
internal static class JadwalTenggat
{
    public const string Pengingat2 = "H-2";
    public const string PengingatH0 = "H0";
    public const string Eskalasi = "1";

    /// <summary>The first day on which no more than <see cref="LangkahSop.BatasMendekatiHk"/> working days remain
    /// before <paramref name="jatuhTempo"/> (the H-2 reminder's day).</summary>
    public static LocalDate AwalMendekati(LocalDate jatuhTempo, KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        var hari = jatuhTempo;
        // At most a few weeks back even across long holidays (cuti bersama around Idul Fitri).
        for (var i = 0; i < 40 && kalender.HitungHariKerja(hari.PlusDays(-1), jatuhTempo) <= LangkahSop.BatasMendekatiHk; i++)
        {
            hari = hari.PlusDays(-1);
        }

        return hari;
    }

    /// <summary>The rung that applies on <paramref name="hariIni"/>, or the next one ahead, with its day.</summary>
    public static (string Rung, LocalDate Hari) Berikutnya(LocalDate hariIni, LocalDate jatuhTempo, KalenderHariKerja kalender)
    {
        if (hariIni > jatuhTempo)
        {
            return (Eskalasi, jatuhTempo.PlusDays(1));
        }

        if (hariIni == jatuhTempo)
        {
            return (PengingatH0, jatuhTempo);
        }

        return (Pengingat2, AwalMendekati(jatuhTempo, kalender));
    }

    /// <summary>The rung after <paramref name="rung"/> for the same due date; null after the escalation.</summary>
    public static (string Rung, LocalDate Hari)? Setelah(string rung, LocalDate jatuhTempo) => rung switch
    {
        Pengingat2 => (PengingatH0, jatuhTempo),
        PengingatH0 => (Eskalasi, jatuhTempo.PlusDays(1)),
        _ => null,
    };

    /// <summary>What the sweep sends on <paramref name="hariIni"/>: an escalation once overdue, the due-day reminder, or
    /// the H-2 reminder; null when nothing is due yet.</summary>
    public static string? Keputusan(LocalDate hariIni, LocalDate jatuhTempo, KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        if (hariIni > jatuhTempo)
        {
            return Eskalasi;
        }

        if (hariIni == jatuhTempo)
        {
            return PengingatH0;
        }

        return kalender.HitungHariKerja(hariIni, jatuhTempo) <= LangkahSop.BatasMendekatiHk ? Pengingat2 : null;
    }
}

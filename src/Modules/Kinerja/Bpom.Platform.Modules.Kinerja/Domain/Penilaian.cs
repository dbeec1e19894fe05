namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>Whether a higher or a lower realisation is better.</summary>
internal enum ArahIndikator
{
    Naik = 1,
    Turun = 2,
}

/// <summary>Kriteria capaian (kinerja.md).</summary>
internal enum KriteriaCapaian
{
    TidakDapatDisimpulkan = 1,
    SangatBaik = 2,
    Baik = 3,
    Cukup = 4,
    Kurang = 5,
}

/// <summary>The annual outlook wording against the annual target.</summary>
internal enum ProyeksiTahunan
{
    TercapaiMelampaui = 1,
    AkanTercapai = 2,
    PerluUpayaKeras = 3,
}

/// <summary>One indicator's figures for a period. Null target/realisation = not measured in the period.</summary>
/// <param name="Kode">Indicator code.</param>
/// <param name="Arah">Higher or lower is better.</param>
/// <param name="TargetPeriode">Cumulative target of the period.</param>
/// <param name="TargetTahunan">Annual target.</param>
/// <param name="Realisasi">Cumulative realisation of the period.</param>
internal sealed record NilaiIndikatorMasukan(string Kode, ArahIndikator Arah, decimal? TargetPeriode, decimal? TargetTahunan, decimal? Realisasi);

/// <summary>An indicator's result: raw capaian (uncapped, unrounded) against the period and the annual target; its
/// kriteria is judged on the value as shown (two decimals), so a reader never sees "100,00 — Sangat baik".</summary>
internal sealed record HasilIndikator(string Kode, decimal? Capaian, decimal? CapaianTahunan, KriteriaCapaian? Kriteria, ProyeksiTahunan? Proyeksi)
{
    public bool Diukur => Capaian is not null;
}

/// <summary>A sasaran's result: average of its measured indicators each capped at 120 (unrounded); null when none measured.</summary>
internal sealed record HasilSasaran(string Kode, decimal? Nilai, KriteriaCapaian? Kriteria, bool Dihitung);

/// <summary>
/// The scoring rules of kinerja.md, in decimal arithmetic. Every average takes the unrounded values below it (the
/// published tables compute SS, perspective and NKO from unrounded capaian); only what is shown is rounded, to two
/// decimals half away from zero (<see cref="Bulatkan(decimal?)"/>), and kriteria are judged on the shown value.
/// </summary>
internal static class Penilaian
{
    public const decimal Batas = 120m;

    public static decimal Bulatkan(decimal nilai) => Math.Round(nilai, 2, MidpointRounding.AwayFromZero);

    /// <summary>The value as shown: two decimals, half away from zero; null stays null.</summary>
    public static decimal? Bulatkan(decimal? nilai) => nilai is { } n ? Bulatkan(n) : null;

    /// <summary>Capaian = realisasi ÷ target × 100 (higher is better) or target ÷ realisasi × 100 (lower is better);
    /// null (not measured) when the target is missing or 0, the realisation is missing, or — lower is better — the
    /// realisation is 0 (a ratio cannot be formed).</summary>
    public static decimal? Capaian(ArahIndikator arah, decimal? target, decimal? realisasi)
    {
        if (target is not { } t || t == 0 || realisasi is not { } r)
        {
            return null;
        }

        if (arah == ArahIndikator.Turun)
        {
            return r == 0 ? null : t / r * 100m;
        }

        return r / t * 100m;
    }

    /// <summary>The kriteria of a capaian as shown (pass a rounded value): &gt; 120 Tidak dapat disimpulkan, &gt; 100 Sangat baik, = 100 Baik, ≥ 70 Cukup, else Kurang.</summary>
    public static KriteriaCapaian Kriteria(decimal capaian) => capaian switch
    {
        > Batas => KriteriaCapaian.TidakDapatDisimpulkan,
        > 100m => KriteriaCapaian.SangatBaik,
        100m => KriteriaCapaian.Baik,
        >= 70m => KriteriaCapaian.Cukup,
        _ => KriteriaCapaian.Kurang,
    };

    /// <summary>Against the annual target: met or exceeded; on track (the period's cumulative target is met); or
    /// needs hard effort.</summary>
    public static ProyeksiTahunan Proyeksi(decimal? capaianTahunan, decimal? capaianPeriode) =>
        capaianTahunan >= 100m ? ProyeksiTahunan.TercapaiMelampaui
        : capaianPeriode >= 100m ? ProyeksiTahunan.AkanTercapai
        : ProyeksiTahunan.PerluUpayaKeras;

    public static HasilIndikator Indikator(NilaiIndikatorMasukan m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var capaian = Capaian(m.Arah, m.TargetPeriode, m.Realisasi);
        var tahunan = Capaian(m.Arah, m.TargetTahunan, m.Realisasi);
        return new HasilIndikator(m.Kode, capaian, tahunan, capaian is { } c ? Kriteria(Bulatkan(c)) : null, capaian is null ? null : Proyeksi(Bulatkan(tahunan), Bulatkan(capaian)));
    }

    /// <summary>Nilai SS: the plain average of its measured indicators' capaian, each capped at 120. Its kriteria uses
    /// that value, except that an SS whose measured indicators all exceed 120 cannot be concluded.</summary>
    public static HasilSasaran Sasaran(string kode, IEnumerable<HasilIndikator> indikator, bool dihitung)
    {
        var diukur = indikator.Where(i => i.Diukur).Select(i => i.Capaian!.Value).ToList();
        if (diukur.Count == 0)
        {
            return new HasilSasaran(kode, null, null, dihitung);
        }

        var nilai = diukur.Select(c => Math.Min(c, Batas)).Average();
        var kriteria = diukur.All(c => Bulatkan(c) > Batas) ? KriteriaCapaian.TidakDapatDisimpulkan : Kriteria(Bulatkan(nilai));
        return new HasilSasaran(kode, nilai, kriteria, dihitung);
    }

    /// <summary>Nilai perspektif: the plain average of its measured SS that count toward the NKO.</summary>
    public static decimal? Perspektif(IEnumerable<HasilSasaran> sasaran) => RataRata(sasaran.Where(s => s.Dihitung).Select(s => s.Nilai));

    /// <summary>Plain average of the measured values (null when none), unrounded.</summary>
    public static decimal? RataRata(IEnumerable<decimal?> nilai)
    {
        var ada = nilai.Where(n => n is not null).Select(n => n!.Value).ToList();
        return ada.Count == 0 ? null : ada.Average();
    }
}

/// <summary>The five predikat of Keputusan Kepala BPOM 311/2023.</summary>
internal enum Predikat
{
    Istimewa = 1,
    Baik = 2,
    ButuhPerbaikan = 3,
    Kurang = 4,
    SangatKurang = 5,
}

/// <summary>Predikat bands: the lowest NKO for each level (configurable). The decree's table is not available to the
/// project; <see cref="Sementara"/> is a documented provisional default consistent with the one published case
/// (NKO 94.69 rated Baik).</summary>
/// <param name="Istimewa">Lowest NKO rated Istimewa.</param>
/// <param name="Baik">Lowest NKO rated Baik.</param>
/// <param name="ButuhPerbaikan">Lowest NKO rated Butuh Perbaikan.</param>
/// <param name="Kurang">Lowest NKO rated Kurang; below it Sangat Kurang.</param>
internal sealed record PitaPredikat(decimal Istimewa, decimal Baik, decimal ButuhPerbaikan, decimal Kurang)
{
    public static PitaPredikat Sementara { get; } = new(100m, 85m, 70m, 50m);

    public Predikat Untuk(decimal nko) =>
        nko >= Istimewa ? Predikat.Istimewa
        : nko >= Baik ? Predikat.Baik
        : nko >= ButuhPerbaikan ? Predikat.ButuhPerbaikan
        : nko >= Kurang ? Predikat.Kurang
        : Predikat.SangatKurang;
}

/// <summary>Mutu pelayanan of an SKM (PermenPANRB 14/2017).</summary>
internal enum MutuPelayanan
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

/// <summary>Survei Kepuasan Masyarakat: the IKM on the 25–100 scale from the nine element scores (U1–U9, each the
/// average answer on 1–4) and its mutu.</summary>
internal static class Skm
{
    /// <summary>IKM = average of the nine element scores × 25, two decimals.</summary>
    public static decimal Ikm(IReadOnlyList<decimal> unsur)
    {
        ArgumentNullException.ThrowIfNull(unsur);
        if (unsur.Count != 9 || unsur.Any(u => u is < 1m or > 4m))
        {
            throw new ArgumentException("SKM memerlukan sembilan nilai unsur U1–U9, masing-masing 1–4.", nameof(unsur));
        }

        return Penilaian.Bulatkan(unsur.Average() * 25m);
    }

    /// <summary>A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.</summary>
    public static MutuPelayanan Mutu(decimal ikm) => ikm switch
    {
        >= 88.31m => MutuPelayanan.A,
        >= 76.61m => MutuPelayanan.B,
        >= 65.00m => MutuPelayanan.C,
        _ => MutuPelayanan.D,
    };
}

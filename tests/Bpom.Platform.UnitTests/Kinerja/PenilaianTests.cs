using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.UnitTests.Kinerja;

/// <summary>The rules of kinerja.md, with hand-computed cases.</summary>
// Theory parameters of Kinerja's internal enums are passed as object (a public test method cannot name an internal type).
public class PenilaianTests
{
    [Theory]
    [InlineData(85, 100, 85.00, KriteriaCapaian.Cukup)]
    [InlineData(100, 100, 100.00, KriteriaCapaian.Baik)]
    [InlineData(100.01, 100, 100.01, KriteriaCapaian.SangatBaik)]
    [InlineData(120, 100, 120.00, KriteriaCapaian.SangatBaik)]
    [InlineData(120.01, 100, 120.01, KriteriaCapaian.TidakDapatDisimpulkan)]
    [InlineData(70, 100, 70.00, KriteriaCapaian.Cukup)]
    [InlineData(69.99, 100, 69.99, KriteriaCapaian.Kurang)]
    [InlineData(26, 9, 288.89, KriteriaCapaian.TidakDapatDisimpulkan)] // 2.8888… → 288.89, as published
    [InlineData(2, 3, 66.67, KriteriaCapaian.Kurang)]
    public void Higher_is_better_capaian_is_realisation_over_target_uncapped_with_its_criteria(double r, double t, double capaian, object kriteria)
    {
        var c = Penilaian.Bulatkan(Penilaian.Capaian(ArahIndikator.Naik, (decimal)t, (decimal)r));
        Assert.Equal((decimal)capaian, c);
        Assert.Equal((KriteriaCapaian)kriteria, Penilaian.Kriteria(c!.Value));
    }

    [Fact]
    public void Lower_is_better_capaian_is_target_over_realisation()
    {
        Assert.Equal(125.00m, Penilaian.Bulatkan(Penilaian.Capaian(ArahIndikator.Turun, 10m, 8m)));
        Assert.Equal(80.00m, Penilaian.Bulatkan(Penilaian.Capaian(ArahIndikator.Turun, 10m, 12.5m)));
    }

    [Fact]
    public void Rounding_is_two_decimals_half_away_from_zero()
    {
        Assert.Equal(100.01m, Penilaian.Bulatkan(Penilaian.Capaian(ArahIndikator.Naik, 100m, 100.005m))); // banker's rounding would give 100.00
        Assert.Equal(100.72m, Penilaian.Bulatkan(100.715m));
        Assert.Equal(-0.13m, Penilaian.Bulatkan(-0.125m));
    }

    [Theory]
    [InlineData(null, 5.0)]
    [InlineData(0.0, 5.0)]
    [InlineData(10.0, null)]
    public void Without_a_target_or_a_realisation_an_indicator_is_not_measured(double? t, double? r)
    {
        Assert.Null(Penilaian.Capaian(ArahIndikator.Naik, (decimal?)t, (decimal?)r));
        Assert.False(Penilaian.Indikator(new NilaiIndikatorMasukan("1.1", ArahIndikator.Naik, (decimal?)t, 100m, (decimal?)r)).Diukur);
    }

    [Fact]
    public void Lower_is_better_with_a_zero_realisation_is_not_measured_rather_than_divided_by_zero() =>
        Assert.Null(Penilaian.Capaian(ArahIndikator.Turun, 10m, 0m));

    [Fact]
    public void An_SS_averages_its_measured_indicators_each_capped_at_120()
    {
        // Published: 81.43 % and 209.17 % → (81.43 + 120) / 2 = 100.715 → 100.72, "sangat baik".
        var ss = Penilaian.Sasaran("SS2", [Hasil(81.43m), Hasil(209.17m)], true);
        Assert.Equal((100.72m, KriteriaCapaian.SangatBaik), (Penilaian.Bulatkan(ss.Nilai), ss.Kriteria));

        // Unmeasured indicators are left out, not counted as 0.
        Assert.Equal(90.00m, Penilaian.Sasaran("SS3", [Hasil(90m), Hasil(null)], true).Nilai);
    }

    [Fact]
    public void An_SS_averages_the_unrounded_capaian_and_rounds_only_the_value_shown()
    {
        // Realisation 90.004, 90.004 and 90.007 of a target of 100: shown 90.00, 90.00, 90.01 — whose mean is
        // 90.0033 → 90.00 — but the unrounded mean is 90.005 → 90.01, as the published tables compute it.
        var hasil = new[] { 90.004m, 90.004m, 90.007m }
            .Select(r => Penilaian.Indikator(new NilaiIndikatorMasukan("1." + r, ArahIndikator.Naik, 100m, 100m, r)))
            .ToList();
        Assert.Equal([90.00m, 90.00m, 90.01m], hasil.Select(h => Penilaian.Bulatkan(h.Capaian)));
        Assert.Equal(90.00m, Penilaian.Bulatkan(hasil.Select(h => Penilaian.Bulatkan(h.Capaian)).Average()!.Value)); // the old way
        var ss = Penilaian.Sasaran("SS1", hasil, true);
        Assert.Equal(90.01m, Penilaian.Bulatkan(ss.Nilai));

        // Perspective and NKO carry the unrounded value up as well: two SS of 90.005 and 90.0049 → 90.00475 → 90.00,
        // where averaging the shown 90.01 and 90.00 would give 90.005 → 90.01.
        var nko = Penilaian.RataRata([Penilaian.Perspektif([ss]), 90.0049m]);
        Assert.Equal(90.00m, Penilaian.Bulatkan(nko));
    }

    [Fact]
    public void Kriteria_is_judged_on_the_value_as_shown()
    {
        // 100.004 % is shown as 100,00: Baik, not Sangat baik.
        var h = Penilaian.Indikator(new NilaiIndikatorMasukan("1.1", ArahIndikator.Naik, 100m, 100m, 100.004m));
        Assert.Equal(KriteriaCapaian.Baik, h.Kriteria);
    }

    [Fact]
    public void An_SS_whose_measured_indicators_all_exceed_120_is_capped_at_120_but_cannot_be_concluded()
    {
        // Published: a single indicator at 288.89 % → value 120, kriteria "tidak dapat disimpulkan".
        var ss = Penilaian.Sasaran("SS1", [Hasil(288.89m)], true);
        Assert.Equal((120.00m, KriteriaCapaian.TidakDapatDisimpulkan), (Penilaian.Bulatkan(ss.Nilai), ss.Kriteria));
    }

    [Fact]
    public void An_SS_with_nothing_measured_has_no_value()
    {
        var ss = Penilaian.Sasaran("SS4", [Hasil(null)], true);
        Assert.Null(ss.Nilai);
        Assert.Null(ss.Kriteria);
    }

    [Fact]
    public void Perspective_and_NKO_are_plain_averages_leaving_out_unmeasured_SS_and_SS_excluded_from_NKO()
    {
        var stakeholder = Penilaian.Perspektif([
            new HasilSasaran("SS1", 120.00m, KriteriaCapaian.TidakDapatDisimpulkan, true),
            new HasilSasaran("SS2", 100.72m, KriteriaCapaian.SangatBaik, true),
            new HasilSasaran("SS3", null, null, true),
        ]);
        Assert.Equal(110.36m, Penilaian.Bulatkan(stakeholder)); // (120 + 100.72) / 2
        var proses = Penilaian.Perspektif([
            new HasilSasaran("SS5", 90.00m, KriteriaCapaian.Cukup, true),
            new HasilSasaran("SS6", 40.00m, KriteriaCapaian.Kurang, false), // financial management: measured, not in NKO
        ]);
        Assert.Equal(90.00m, proses);
        Assert.Equal(100.18m, Penilaian.Bulatkan(Penilaian.RataRata([stakeholder, proses]))); // (110.36 + 90) / 2
        Assert.Null(Penilaian.RataRata([null, null]));
    }

    [Theory]
    [InlineData(105, 110, ProyeksiTahunan.TercapaiMelampaui)]
    [InlineData(100, 100, ProyeksiTahunan.TercapaiMelampaui)]
    [InlineData(60, 105, ProyeksiTahunan.AkanTercapai)]
    [InlineData(60, 90, ProyeksiTahunan.PerluUpayaKeras)]
    public void The_annual_outlook(double tahunan, double periode, object proyeksi) =>
        Assert.Equal((ProyeksiTahunan)proyeksi, Penilaian.Proyeksi((decimal)tahunan, (decimal)periode));

    [Fact]
    public void An_indicator_is_scored_against_the_period_and_the_annual_target()
    {
        // TW2: cumulative target 50, annual target 100, realisation 55 → 110 (sangat baik) and 55 against the year.
        var h = Penilaian.Indikator(new NilaiIndikatorMasukan("2.4", ArahIndikator.Naik, 50m, 100m, 55m));
        Assert.Equal((110.00m, 55.00m, KriteriaCapaian.SangatBaik, ProyeksiTahunan.AkanTercapai), (Penilaian.Bulatkan(h.Capaian), Penilaian.Bulatkan(h.CapaianTahunan), h.Kriteria, h.Proyeksi));
    }

    [Theory]
    [InlineData(94.69, Predikat.Baik)] // the published case
    [InlineData(100, Predikat.Istimewa)]
    [InlineData(85, Predikat.Baik)]
    [InlineData(84.99, Predikat.ButuhPerbaikan)]
    [InlineData(70, Predikat.ButuhPerbaikan)]
    [InlineData(69.99, Predikat.Kurang)]
    [InlineData(49.99, Predikat.SangatKurang)]
    public void The_provisional_predikat_bands(double nko, object predikat) => Assert.Equal((Predikat)predikat, PitaPredikat.Sementara.Untuk((decimal)nko));

    [Fact]
    public void Predikat_bands_are_configuration() => Assert.Equal(Predikat.Istimewa, new PitaPredikat(90m, 80m, 60m, 40m).Untuk(94.69m));

    [Theory]
    [InlineData(88.31, MutuPelayanan.A)]
    [InlineData(88.30, MutuPelayanan.B)]
    [InlineData(76.61, MutuPelayanan.B)]
    [InlineData(76.60, MutuPelayanan.C)]
    [InlineData(65.00, MutuPelayanan.C)]
    [InlineData(64.99, MutuPelayanan.D)]
    [InlineData(25, MutuPelayanan.D)]
    public void SKM_mutu_thresholds_of_PermenPANRB_14_2017(double ikm, object mutu) => Assert.Equal((MutuPelayanan)mutu, Skm.Mutu((decimal)ikm));

    [Fact]
    public void The_IKM_is_the_average_element_score_times_25()
    {
        // (3.5 × 8 + 3.86) / 9 = 3.54 → × 25 = 88.5 → A
        var ikm = Skm.Ikm([3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.5m, 3.86m]);
        Assert.Equal(88.50m, ikm);
        Assert.Equal(MutuPelayanan.A, Skm.Mutu(ikm));
        Assert.Throws<ArgumentException>(() => Skm.Ikm([3m, 3m]));
        Assert.Throws<ArgumentException>(() => Skm.Ikm([3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 4.5m]));
    }

    private static HasilIndikator Hasil(decimal? capaian) =>
        new("x", capaian, null, capaian is { } c ? Penilaian.Kriteria(c) : null, null);
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Pembinaan.Application;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.UnitTests.Sop;

public class RutePembinaanTests
{
    private static List<(string, string?, JenisPenugasan)> Rute(KomoditasPembinaan k, FungsiPembinaan f, bool usaha) =>
        RutePembinaan.Untuk(k, f, usaha).Select(t => (t.Langkah, t.NamaUnit, t.Jenis)).ToList();

    [Fact]
    public void Cosmetics_businesses_under_CAPA_route_the_letter_report_and_follow_up_to_Dit_Was_Kosmetik_and_the_local_UPT() =>
        Assert.Equal(
            [
                ("B3", RutePembinaan.DitWasKosmetik, JenisPenugasan.Penerima),
                ("B3", null, JenisPenugasan.Penerima),
                ("B4", RutePembinaan.DitWasKosmetik, JenisPenugasan.Penerima),
                ("B5", RutePembinaan.DitWasKosmetik, JenisPenugasan.Pelaksana),
                ("B5", null, JenisPenugasan.Pelaksana),
            ],
            Rute(KomoditasPembinaan.Kosmetik, FungsiPembinaan.Capa, true));

    [Theory]
    [InlineData(KomoditasPembinaan.ObatTradisional, RutePembinaan.DitPmpuOtSkKos)]
    [InlineData(KomoditasPembinaan.SuplemenKesehatan, RutePembinaan.DitPmpuOtSkKos)]
    [InlineData(KomoditasPembinaan.Kosmetik, RutePembinaan.DitPmpuOtSkKos)]
    [InlineData(KomoditasPembinaan.PanganOlahan, RutePembinaan.DitPmpuPangan)]
    public void A_facilitator_report_goes_to_the_Dit_Pemberdayaan_of_the_commodity(object k, string dit) =>
        Assert.Contains(("B4", dit, JenisPenugasan.Penerima), Rute((KomoditasPembinaan)k, FungsiPembinaan.Fasilitator, true));

    [Fact]
    public void Pangan_Olahan_has_no_letter_and_three_follow_up_units()
    {
        var rute = Rute(KomoditasPembinaan.PanganOlahan, FungsiPembinaan.Capa, true);
        Assert.DoesNotContain(rute, r => r.Item1 == "B3");
        Assert.Equal(
            [(string?)null, RutePembinaan.DitWasProduksiPangan, RutePembinaan.DitRegistrasiPangan],
            rute.Where(r => r.Item1 == "B5").Select(r => r.Item2));
        Assert.Equal(RutePembinaan.OutputRekomendasiPangan, RutePembinaan.OutputLangkah3(KomoditasPembinaan.PanganOlahan, true));
    }

    [Fact]
    public void Without_a_business_guided_there_is_no_certification_letter()
    {
        Assert.DoesNotContain(Rute(KomoditasPembinaan.ObatTradisional, FungsiPembinaan.Fasilitator, false), r => r.Item1 == "B3");
        Assert.Equal(RutePembinaan.OutputRekomendasiPangan, RutePembinaan.OutputLangkah3(KomoditasPembinaan.ObatTradisional, false));
        Assert.Equal(RutePembinaan.OutputSuratRekomendasi, RutePembinaan.OutputLangkah3(KomoditasPembinaan.ObatTradisional, true));
    }

    [Theory]
    [InlineData("PT. Sehat  Sentosa", "Kota Bengkulu", "pt sehat sentosa", "KOTA BENGKULU")]
    [InlineData("CV Rempah-Raflesia", "Kab. Kepahiang", "cv rempah raflesia", "kab kepahiang")]
    public void A_business_without_NIB_is_identified_by_kind_name_and_region_ignoring_case_and_punctuation(string a, string kotaA, string b, string kotaB) =>
        Assert.Equal(
            SasaranPembinaan.KunciUntuk(JenisSasaran.PelakuUsaha, null, a, kotaA),
            SasaranPembinaan.KunciUntuk(JenisSasaran.PelakuUsaha, null, b, kotaB));

    [Fact]
    public void The_NIB_decides_identity_when_present_and_kinds_are_not_mixed()
    {
        Assert.Equal(
            SasaranPembinaan.KunciUntuk(JenisSasaran.PelakuUsaha, "1234567890123", "PT A", "Kota X"),
            SasaranPembinaan.KunciUntuk(JenisSasaran.PelakuUsaha, "1234567890123", "PT A Baru", "Kota Y"));
        Assert.NotEqual(
            SasaranPembinaan.KunciUntuk(JenisSasaran.PelakuUsaha, null, "Bengkulu", "Kota Bengkulu"),
            SasaranPembinaan.KunciUntuk(JenisSasaran.PemerintahDaerah, null, "Bengkulu", "Kota Bengkulu"));
    }
}

public class PeriodeLaporanTests
{
    [Theory]
    [InlineData(null, "2026-01-01", "2026-12-31")]
    [InlineData("TW1", "2026-01-01", "2026-03-31")]
    [InlineData("tw4", "2026-10-01", "2026-12-31")]
    [InlineData("B02", "2026-02-01", "2026-02-28")]
    [InlineData("B12", "2026-12-01", "2026-12-31")]
    public void A_period_code_is_a_date_range(string? periode, string dari, string sampai)
    {
        var (d, s) = PeriodeLaporan.Rentang(2026, periode)!.Value;
        Assert.Equal((LocalDate.FromDateTime(DateTime.Parse(dari, System.Globalization.CultureInfo.InvariantCulture)),
            LocalDate.FromDateTime(DateTime.Parse(sampai, System.Globalization.CultureInfo.InvariantCulture))), (d, s));
    }

    [Theory]
    [InlineData("TW5")]
    [InlineData("B13")]
    [InlineData("B00")]
    [InlineData("Q1")]
    [InlineData("B+1")]
    public void Unknown_codes_are_refused(string periode) => Assert.Null(PeriodeLaporan.Rentang(2026, periode));
}

using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>The wording of kriteria, outlook and predikat as BPOM publishes it.</summary>
internal static class TeksKinerja
{
    public static string? Kriteria(KriteriaCapaian? k) => k switch
    {
        KriteriaCapaian.TidakDapatDisimpulkan => "Tidak dapat disimpulkan",
        KriteriaCapaian.SangatBaik => "Sangat baik",
        KriteriaCapaian.Baik => "Baik",
        KriteriaCapaian.Cukup => "Cukup",
        KriteriaCapaian.Kurang => "Kurang",
        _ => null,
    };

    public static string? Proyeksi(ProyeksiTahunan? p) => p switch
    {
        ProyeksiTahunan.TercapaiMelampaui => "Tercapai/melampaui",
        ProyeksiTahunan.AkanTercapai => "Akan tercapai",
        ProyeksiTahunan.PerluUpayaKeras => "Perlu upaya keras",
        _ => null,
    };

    public static string Predikat(Predikat p) => p switch
    {
        Domain.Predikat.Istimewa => "Istimewa",
        Domain.Predikat.Baik => "Baik",
        Domain.Predikat.ButuhPerbaikan => "Butuh Perbaikan",
        Domain.Predikat.Kurang => "Kurang",
        _ => "Sangat Kurang",
    };
}

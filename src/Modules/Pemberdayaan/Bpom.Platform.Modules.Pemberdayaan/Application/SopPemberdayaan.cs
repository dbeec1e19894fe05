using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Pemberdayaan.Application;

/// <summary>The SOP this module runs.</summary>
internal static class SopPemberdayaan
{
    public const string Kode = "POM-04.01-C";
    public const string Modul = "Pemberdayaan";

    /// <summary>The step whose completion means the activity was carried out (counted in recaps).</summary>
    public const string LangkahPelaksanaan = "C3";

    public const string DitPmpuOtSkKos = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik";
    public const string DitPmpuPangan = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan";

    /// <summary>How the module describes itself to the SOP engine. Pemberdayaan Masyarakat: the two community empowerment directorates.</summary>
    public static DeskripsiSop Deskripsi { get; } = new()
    {
        Kode = Kode,
        Modul = Modul,
        NamaKegiatan = "Kegiatan pemberdayaan",
        PesanBukanPembuat = "Kegiatan pemberdayaan masyarakat dibuat oleh petugas UPT atau direktorat pemberdayaan masyarakat.",
        UnitPusat = [DitPmpuOtSkKos, DitPmpuPangan],
        PeranPembacaNasional = [],
        TautanKegiatan = "/pemberdayaan/{id}",
        Definisi = () => typeof(SopPemberdayaan).Assembly.GetManifestResourceStream("Sop.pom-04.01-c.json")
            ?? throw new InvalidOperationException("The embedded SOP definition pom-04.01-c.json is missing."),
    };
}

using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Pembinaan.Application;

/// <summary>The SOP this module runs.</summary>
internal static class SopPembinaan
{
    public const string Kode = "POM-04.01-B";
    public const string Modul = "Pembinaan";

    /// <summary>How the module describes itself to the SOP engine. Pembinaan dan Pendampingan: the directorates of OT/SK, Kosmetik and Pangan Olahan supervision, registration and empowerment.</summary>
    public static DeskripsiSop Deskripsi { get; } = new()
    {
        Kode = Kode,
        Modul = Modul,
        NamaKegiatan = "Kegiatan pembinaan",
        PesanBukanPembuat = "Kegiatan pembinaan dibuat oleh petugas UPT atau direktorat yang disebut SOP POM-04.01 B.",
        UnitPusat = RutePembinaan.SemuaUnitPusat,
        PeranPembacaNasional = [],
        TautanKegiatan = "/pembinaan/{id}",
        Definisi = () => typeof(SopPembinaan).Assembly.GetManifestResourceStream("Sop.pom-04.01-b.json")
            ?? throw new InvalidOperationException("The embedded SOP definition pom-04.01-b.json is missing."),
    };
}

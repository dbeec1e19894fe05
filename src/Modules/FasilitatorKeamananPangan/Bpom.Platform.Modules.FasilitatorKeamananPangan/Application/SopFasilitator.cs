using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;

/// <summary>The SOP this module runs.</summary>
internal static class SopFasilitator
{
    public const string Kode = "POM-04.01-D";
    public const string Modul = "FasilitatorKeamananPangan";

    public const string DitPmpuPangan = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan";
    public const string DitPmpuOtSkKos = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik";

    /// <summary>How the module describes itself to the SOP engine. Pembentukan Fasilitator Keamanan Pangan (and the sibling OT/Kosmetik track): the two empowerment directorates; PPSDM certifies in every cohort.</summary>
    public static DeskripsiSop Deskripsi { get; } = new()
    {
        Kode = Kode,
        Modul = Modul,
        NamaKegiatan = "Angkatan",
        PesanBukanPembuat = "Angkatan fasilitator dibentuk oleh direktorat pemberdayaan masyarakat (SOP POM-04.01 D).",
        HanyaUnitPusatMembuat = true,
        UnitPusat = [DitPmpuPangan, DitPmpuOtSkKos],
        PeranPembacaNasional = [Peran.Ppsdm],
        TautanKegiatan = "/fasilitator/angkatan/{id}",
        Definisi = () => typeof(SopFasilitator).Assembly.GetManifestResourceStream("Sop.pom-04.01-d.json")
            ?? throw new InvalidOperationException("The embedded SOP definition pom-04.01-d.json is missing."),
    };
}

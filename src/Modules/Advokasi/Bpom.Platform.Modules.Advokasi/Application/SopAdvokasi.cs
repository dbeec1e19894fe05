using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Advokasi.Application;

/// <summary>The SOP this module runs.</summary>
internal static class SopAdvokasi
{
    public const string Kode = "POM-04.01-A";
    public const string Modul = "Advokasi";

    /// <summary>How the module describes itself to the SOP engine. Advokasi Pemangku Kepentingan: every Unit Kerja Pusat takes part.</summary>
    public static DeskripsiSop Deskripsi { get; } = new()
    {
        Kode = Kode,
        Modul = Modul,
        NamaKegiatan = "Kegiatan advokasi",
        PesanBukanPembuat = "Kegiatan advokasi dibuat oleh petugas Unit Kerja Pusat atau UPT.",
        UnitPusat = null,
        PeranPembacaNasional = [],
        TautanKegiatan = "/advokasi/{id}",
        Definisi = () => typeof(SopAdvokasi).Assembly.GetManifestResourceStream("Sop.pom-04.01-a.json")
            ?? throw new InvalidOperationException("The embedded SOP definition pom-04.01-a.json is missing."),
    };
}

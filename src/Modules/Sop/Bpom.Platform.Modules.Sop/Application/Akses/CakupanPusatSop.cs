using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Akses;

/// <summary>Which Unit Kerja Pusat an SOP concerns (SOP POM-04.01 "Unit Kerja Pusat" column). Null: every central unit.</summary>
internal static class CakupanPusatSop
{
    private static readonly Dictionary<string, string[]?> Cakupan = new(StringComparer.Ordinal)
    {
        ["POM-04.01-A"] = null,
        ["POM-04.01-B"] =
        [
            "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan",
            "Direktorat Pengawasan Kosmetik",
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik",
            "Direktorat Registrasi Pangan Olahan",
            "Direktorat Pengawasan Produksi Pangan Olahan",
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan",
        ],
        ["POM-04.01-C"] =
        [
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik",
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan",
        ],
        // The sibling track "Pembentukan Fasilitator Pemberdayaan Pelaku Usaha UMKM OT dan Kosmetik" follows SOP D.
        ["POM-04.01-D"] =
        [
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan",
            "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik",
        ],
    };

    /// <summary>The SOP codes whose activities a central unit named <paramref name="namaUnit"/> oversees.</summary>
    public static IReadOnlyList<string> UntukUnit(string namaUnit) =>
        Cakupan.Where(c => c.Value is null || c.Value.Contains(namaUnit, StringComparer.Ordinal)).Select(c => c.Key).ToList();
}

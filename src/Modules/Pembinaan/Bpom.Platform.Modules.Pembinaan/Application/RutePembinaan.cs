using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;

namespace Bpom.Platform.Modules.Pembinaan.Application;

/// <summary>
/// SOP POM-04.01 B routing, from the activity's commodity and function:
/// <list type="bullet">
/// <item>Step 3 — for OT/SK/Kosmetik businesses the output is a surat rekomendasi untuk sertifikasi sarana addressed
/// to Dit. Pengawasan OT dan SK (OT, SK) or Dit. Pengawasan Kosmetik, and to the local UPT; for Pangan Olahan it is
/// rekomendasi dan tindak lanjut.</item>
/// <item>Step 4 — the report goes to the Dit. Pemberdayaan of the commodity (fungsi fasilitator) or to the Dit.
/// Pengawasan concerned (CAPA).</item>
/// <item>Step 5 — the follow-up is carried out by Dit. Pengawasan OT dan SK / Dit. Pengawasan Kosmetik and the UPT
/// (OT/SK/Kosmetik), or by the UPT, Dit. Pengawasan Produksi Pangan Olahan and Dit. Registrasi Pangan Olahan
/// (Pangan Olahan).</item>
/// </list>
/// The performing unit is never routed to itself.
/// </summary>
internal static class RutePembinaan
{
    public const string DitWasOtSk = "Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan";
    public const string DitWasKosmetik = "Direktorat Pengawasan Kosmetik";
    public const string DitPmpuOtSkKos = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Obat Tradisional, Suplemen Kesehatan, dan Kosmetik";
    public const string DitPmpuPangan = "Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan";
    public const string DitWasProduksiPangan = "Direktorat Pengawasan Produksi Pangan Olahan";
    public const string DitRegistrasiPangan = "Direktorat Registrasi Pangan Olahan";

    public const string OutputSuratRekomendasi = "Surat rekomendasi untuk sertifikasi sarana";
    public const string OutputRekomendasiPangan = "Hasil pembinaan: rekomendasi dan tindak lanjut";

    /// <summary>A unit a step is routed to: by name (a Unit Kerja Pusat) or the local UPT (null name).</summary>
    public sealed record Tujuan(string Langkah, string? NamaUnit, JenisPenugasan Jenis, string Keterangan);

    /// <summary>Every central unit name the rules use (resolved against the organisation master data).</summary>
    public static IReadOnlyList<string> SemuaUnitPusat { get; } =
        [DitWasOtSk, DitWasKosmetik, DitPmpuOtSkKos, DitPmpuPangan, DitWasProduksiPangan, DitRegistrasiPangan];

    public static bool OtSkKos(KomoditasPembinaan k) => k is not KomoditasPembinaan.PanganOlahan;

    /// <summary>The Dit. Pengawasan concerned for the commodity.</summary>
    public static string DitPengawasan(KomoditasPembinaan k) => k switch
    {
        KomoditasPembinaan.Kosmetik => DitWasKosmetik,
        KomoditasPembinaan.PanganOlahan => DitWasProduksiPangan,
        _ => DitWasOtSk,
    };

    /// <summary>The step 3 output wording: a surat rekomendasi when OT/SK/Kosmetik businesses were guided.</summary>
    public static string OutputLangkah3(KomoditasPembinaan k, bool adaPelakuUsaha) =>
        OtSkKos(k) && adaPelakuUsaha ? OutputSuratRekomendasi : OutputRekomendasiPangan;

    /// <summary>The routings for an activity.</summary>
    public static IReadOnlyList<Tujuan> Untuk(KomoditasPembinaan komoditas, FungsiPembinaan fungsi, bool adaPelakuUsaha)
    {
        var hasil = new List<Tujuan>();
        if (OtSkKos(komoditas) && adaPelakuUsaha)
        {
            var dit = DitPengawasan(komoditas);
            hasil.Add(new Tujuan("B3", dit, JenisPenugasan.Penerima, "Surat rekomendasi sertifikasi sarana ditujukan kepada direktorat pengawasan komoditas."));
            hasil.Add(new Tujuan("B3", null, JenisPenugasan.Penerima, "Surat rekomendasi sertifikasi sarana ditembuskan kepada UPT setempat."));
        }

        hasil.Add(fungsi == FungsiPembinaan.Fasilitator
            ? new Tujuan("B4", OtSkKos(komoditas) ? DitPmpuOtSkKos : DitPmpuPangan, JenisPenugasan.Penerima, "Laporan fungsi fasilitator kepada direktorat pemberdayaan komoditas.")
            : new Tujuan("B4", DitPengawasan(komoditas), JenisPenugasan.Penerima, "Laporan fungsi CAPA kepada direktorat pengawasan terkait."));

        if (OtSkKos(komoditas))
        {
            hasil.Add(new Tujuan("B5", DitPengawasan(komoditas), JenisPenugasan.Pelaksana, "Tindak lanjut OT/SK/Kosmetik oleh direktorat pengawasan komoditas."));
            hasil.Add(new Tujuan("B5", null, JenisPenugasan.Pelaksana, "Tindak lanjut oleh UPT setempat."));
        }
        else
        {
            hasil.Add(new Tujuan("B5", null, JenisPenugasan.Pelaksana, "Tindak lanjut pangan olahan oleh UPT setempat."));
            hasil.Add(new Tujuan("B5", DitWasProduksiPangan, JenisPenugasan.Pelaksana, "Tindak lanjut pangan olahan oleh Dit. Pengawasan Produksi Pangan Olahan."));
            hasil.Add(new Tujuan("B5", DitRegistrasiPangan, JenisPenugasan.Pelaksana, "Tindak lanjut pangan olahan oleh Dit. Registrasi Pangan Olahan."));
        }

        return hasil;
    }
}

using System.Text;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Pembinaan.Domain;

/// <summary>The commodity SOP B covers.</summary>
internal enum KomoditasPembinaan
{
    PanganOlahan = 1,
    ObatTradisional = 2,
    SuplemenKesehatan = 3,
    Kosmetik = 4,
}

/// <summary>Where the activity comes from (SOP B step 1 Kelengkapan).</summary>
internal enum AsalPembinaan
{
    InisiatifPusat = 1,
    InisiatifUpt = 2,
    SuratPermintaan = 3,
    MouPks = 4,
}

/// <summary>What the guidance is for: facilitation (report to the Dit. Pemberdayaan) or CAPA (report to the Dit.
/// Pengawasan).</summary>
internal enum FungsiPembinaan
{
    Fasilitator = 1,
    Capa = 2,
}

/// <summary>The form SOP B step 3 names.</summary>
internal enum BentukPembinaan
{
    Fgd = 1,
    Audiensi = 2,
    Workshop = 3,
    BimbinganTeknis = 4,
    Konsultasi = 5,
    Pendampingan = 6,
}

/// <summary>Kind of party guided.</summary>
internal enum JenisSasaran
{
    PelakuUsaha = 1,
    AsosiasiPelakuUsaha = 2,
    KementerianLembaga = 3,
    PemerintahDaerah = 4,
    OrganisasiProfesi = 5,
    OrganisasiKemasyarakatan = 6,
    KomunitasPendidikan = 7,
}

/// <summary>A business or stakeholder guided, one record across activities (the registry): a business is identified
/// by its NIB when it has one, otherwise by kind, name and kabupaten/kota.</summary>
internal sealed class SasaranPembinaan
{
    public SasaranPembinaan(
        Guid id, string nama, JenisSasaran jenis, string? nib, bool umkm, bool irtp, string provinsi, string kabupatenKota, Guid dibuatOlehUnitId, Instant dibuatPada)
    {
        Id = id;
        Nama = nama.Trim();
        Jenis = jenis;
        Nib = string.IsNullOrWhiteSpace(nib) ? null : nib.Trim();
        Umkm = umkm;
        Irtp = irtp;
        Provinsi = provinsi.Trim();
        KabupatenKota = kabupatenKota.Trim();
        DibuatOlehUnitId = dibuatOlehUnitId;
        DibuatPada = dibuatPada;
        Kunci = KunciUntuk(jenis, Nib, Nama, KabupatenKota);
    }

    private SasaranPembinaan()
    {
    }

    public Guid Id { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    public JenisSasaran Jenis { get; private set; }

    /// <summary>Nomor Induk Berusaha (13 digits), for businesses.</summary>
    public string? Nib { get; private set; }

    public bool Umkm { get; private set; }

    /// <summary>Industri Rumah Tangga Pangan.</summary>
    public bool Irtp { get; private set; }

    public string Provinsi { get; private set; } = string.Empty;

    public string KabupatenKota { get; private set; } = string.Empty;

    /// <summary>Identity in the registry: "nib:…" or "kind|name|kabupaten/kota" normalised.</summary>
    public string Kunci { get; private set; } = string.Empty;

    public Guid DibuatOlehUnitId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public static string KunciUntuk(JenisSasaran jenis, string? nib, string nama, string kabupatenKota) =>
        string.IsNullOrWhiteSpace(nib) ? $"{jenis}|{Normal(nama)}|{Normal(kabupatenKota)}" : $"nib:{nib.Trim()}";

    /// <summary>Fills what the record lacks (a NIB found later, the UMKM/IRTP flags); never overwrites the name.</summary>
    public void Lengkapi(string? nib, bool umkm, bool irtp)
    {
        if (Nib is null && !string.IsNullOrWhiteSpace(nib))
        {
            Nib = nib.Trim();
            Kunci = KunciUntuk(Jenis, Nib, Nama, KabupatenKota);
        }

        Umkm |= umkm;
        Irtp |= irtp;
    }

    private static string Normal(string teks)
    {
        var sb = new StringBuilder(teks.Length);
        foreach (var c in teks.Trim().ToLowerInvariant())
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>A Kegiatan Pembinaan dan Pendampingan (SOP POM-04.01 B, steps 1–6): origin, commodity, function, form, the
/// parties guided, participants, dates and place; steps on the SOP engine instance <see cref="InstansId"/>.</summary>
internal sealed class KegiatanPembinaan : IKegiatanSop
{
    public KegiatanPembinaan(Guid id, Guid unitId, Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        UnitId = unitId;
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private KegiatanPembinaan()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    /// <summary>Units its steps are routed to (they read it); kept by the shared SOP use cases.</summary>
    public List<Guid> UnitTerlibat { get; private set; } = [];

    IReadOnlyList<Guid> IKegiatanSop.UnitTerlibat => UnitTerlibat;

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string Judul { get; private set; } = string.Empty;

    public AsalPembinaan Asal { get; private set; }

    /// <summary>The request letter / MoU / recommendation: number, date, subject. The document itself is B1's Kelengkapan.</summary>
    public string DasarKegiatan { get; private set; } = string.Empty;

    public KomoditasPembinaan Komoditas { get; private set; }

    public FungsiPembinaan Fungsi { get; private set; }

    public BentukPembinaan Bentuk { get; private set; }

    /// <summary>Registry records of the parties guided.</summary>
    public List<Guid> SasaranIds { get; private set; } = [];

    public int JumlahPeserta { get; private set; }

    public string Lokasi { get; private set; } = string.Empty;

    public LocalDate TanggalRencanaMulai { get; private set; }

    public LocalDate TanggalRencanaSelesai { get; private set; }

    /// <summary>The UPT of the place guided: receives the surat rekomendasi and follows up (step 5).</summary>
    public Guid UptSetempatId { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void AturUnitTerlibat(IEnumerable<Guid> unit) => UnitTerlibat = [.. unit.Where(u => u != UnitId).Distinct().Order()];

    public void Isi(
        string judul, AsalPembinaan asal, string dasar, KomoditasPembinaan komoditas, FungsiPembinaan fungsi, BentukPembinaan bentuk,
        IEnumerable<Guid> sasaran, int peserta, string lokasi, LocalDate mulai, LocalDate selesai, Guid uptSetempatId)
    {
        Judul = judul.Trim();
        Asal = asal;
        DasarKegiatan = dasar.Trim();
        Komoditas = komoditas;
        Fungsi = fungsi;
        Bentuk = bentuk;
        SasaranIds = sasaran.Distinct().ToList();
        JumlahPeserta = peserta;
        Lokasi = lokasi.Trim();
        TanggalRencanaMulai = mulai;
        TanggalRencanaSelesai = selesai;
        Tahun = mulai.Year;
        UptSetempatId = uptSetempatId;
    }

    /// <summary>A one-line description of the editable fields, for the audit trail.</summary>
    public string Ringkas(IReadOnlyDictionary<Guid, string> namaSasaran) =>
        $"{Judul} | {Asal}: {DasarKegiatan} | {Komoditas} | {Fungsi} | {Bentuk} | {JumlahPeserta} peserta | {Lokasi} | " +
        $"{TanggalRencanaMulai:yyyy-MM-dd} s.d. {TanggalRencanaSelesai:yyyy-MM-dd} | " +
        string.Join("; ", SasaranIds.Select(s => namaSasaran.GetValueOrDefault(s, s.ToString())));
}

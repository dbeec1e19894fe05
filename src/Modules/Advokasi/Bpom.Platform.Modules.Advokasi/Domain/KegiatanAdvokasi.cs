using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using NodaTime;

namespace Bpom.Platform.Modules.Advokasi.Domain;

/// <summary>The commodity an advocacy is about.</summary>
internal enum Komoditas
{
    Obat = 1,
    ObatTradisional = 2,
    SuplemenKesehatan = 3,
    Kosmetik = 4,
    PanganOlahan = 5,
}

/// <summary>The seven kinds of stakeholder SOP POM-04.01 names.</summary>
internal enum JenisPemangkuKepentingan
{
    AsosiasiPelakuUsaha = 1,
    PelakuUsaha = 2,
    KementerianLembaga = 3,
    PemerintahDaerah = 4,
    OrganisasiProfesi = 5,
    OrganisasiKemasyarakatan = 6,
    KomunitasPendidikan = 7,
}

/// <summary>The form the advocacy takes.</summary>
internal enum BentukAdvokasi
{
    Fgd = 1,
    Audiensi = 2,
    Workshop = 3,
    Lainnya = 4,
}

/// <summary>A stakeholder advocated, by kind and name.</summary>
internal sealed record PemangkuKepentingan(JenisPemangkuKepentingan Jenis, string Nama);

/// <summary>A Kegiatan Advokasi (SOP POM-04.01 A, steps 1–6): what, about which commodity, to whom, how, where,
/// when, on what basis, by which unit. Its steps run on the SOP engine instance <see cref="InstansId"/>.</summary>
internal sealed class KegiatanAdvokasi : IKegiatanSop
{
    public KegiatanAdvokasi(Guid id, Guid unitId, Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        UnitId = unitId;
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private KegiatanAdvokasi()
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

    public string Topik { get; private set; } = string.Empty;

    public Komoditas Komoditas { get; private set; }

    public List<PemangkuKepentingan> PemangkuKepentingan { get; private set; } = [];

    public BentukAdvokasi Bentuk { get; private set; }

    /// <summary>The form when <see cref="Bentuk"/> is Lainnya.</summary>
    public string? BentukLainnya { get; private set; }

    public string Lokasi { get; private set; } = string.Empty;

    public LocalDate TanggalRencanaMulai { get; private set; }

    public LocalDate TanggalRencanaSelesai { get; private set; }

    /// <summary>The basis of the activity (recommendation, study, or leadership disposition: number and subject);
    /// the document itself is uploaded as step 1's Kelengkapan.</summary>
    public string DasarKegiatan { get; private set; } = string.Empty;

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void AturUnitTerlibat(IEnumerable<Guid> unit) => UnitTerlibat = [.. unit.Where(u => u != UnitId).Distinct().Order()];

    public void Isi(
        string judul, string topik, Komoditas komoditas, IEnumerable<PemangkuKepentingan> pemangku, BentukAdvokasi bentuk, string? bentukLainnya,
        string lokasi, LocalDate mulai, LocalDate selesai, string dasar)
    {
        Judul = judul.Trim();
        Topik = topik.Trim();
        Komoditas = komoditas;
        PemangkuKepentingan = pemangku.Select(p => p with { Nama = p.Nama.Trim() }).ToList();
        Bentuk = bentuk;
        BentukLainnya = bentuk == BentukAdvokasi.Lainnya ? bentukLainnya?.Trim() : null;
        Lokasi = lokasi.Trim();
        TanggalRencanaMulai = mulai;
        TanggalRencanaSelesai = selesai;
        Tahun = mulai.Year;
        DasarKegiatan = dasar.Trim();
    }

    /// <summary>A one-line description of the editable fields, for the audit trail.</summary>
    public string Ringkas() =>
        $"{Judul} | {Topik} | {Komoditas} | {Bentuk}{(BentukLainnya is null ? string.Empty : $" ({BentukLainnya})")} | {Lokasi} | " +
        $"{TanggalRencanaMulai:yyyy-MM-dd} s.d. {TanggalRencanaSelesai:yyyy-MM-dd} | " +
        string.Join("; ", PemangkuKepentingan.Select(p => $"{p.Jenis}: {p.Nama}")) + $" | Dasar: {DasarKegiatan}";
}

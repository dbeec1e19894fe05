using Bpom.Platform.BuildingBlocks.Domain;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>Kinds of organisational unit.</summary>
internal enum JenisUnit
{
    /// <summary>Direktorat, Biro, Pusat or Inspektorat at headquarters.</summary>
    UnitKerjaPusat = 1,
    BalaiBesarPom = 2,
    BalaiPom = 3,
    LokaPom = 4,

    /// <summary>Pusat Pengembangan Sumber Daya Manusia (certifies facilitators).</summary>
    Ppsdm = 5,

    /// <summary>Kepala BPOM and the Eselon I leadership (Deputi, Sestama, Irtama).</summary>
    Pimpinan = 6,
}

/// <summary>A unit: Unit Kerja Pusat or a UPT (Balai Besar / Balai / Loka POM), with its time zone.</summary>
internal sealed class UnitKerja
{
    private UnitKerja()
    {
    }

    public UnitKerja(Guid id, string nama, JenisUnit jenis, string provinsi, string zonaWaktu)
    {
        Id = id;
        Nama = nama;
        Jenis = jenis;
        Provinsi = provinsi;
        ZonaWaktu = zonaWaktu;
        Aktif = true;
    }

    public Guid Id { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    public JenisUnit Jenis { get; private set; }

    /// <summary>Sub-kind at headquarters (Direktorat, Biro, Pusat, Inspektorat), when known.</summary>
    public string? Kategori { get; set; }

    /// <summary>The Eselon I the unit sits under (e.g. "Deputi III (Pangan Olahan)"), when known.</summary>
    public string? Eselon1 { get; set; }

    public string? Kota { get; set; }

    public string Provinsi { get; private set; } = string.Empty;

    /// <summary>IANA time zone (Asia/Jakarta, Asia/Makassar, Asia/Jayapura, Asia/Pontianak).</summary>
    public string ZonaWaktu { get; private set; } = string.Empty;

    /// <summary>For a Loka POM: the Balai Besar/Balai POM appointed as its koordinator.</summary>
    public Guid? KoordinatorId { get; private set; }

    public bool Aktif { get; set; }

    /// <summary>PostgreSQL's row version (xmin): the unit's ETag, and EF's concurrency token.</summary>
    public uint Versi { get; private set; }

    public void Ubah(string nama, string provinsi, string zonaWaktu)
    {
        Nama = nama;
        Provinsi = provinsi;
        ZonaWaktu = zonaWaktu;
    }

    /// <summary>Appoints (or clears, with null) the koordinator Balai of this Loka.</summary>
    public void TetapkanKoordinator(UnitKerja? koordinator)
    {
        if (koordinator is null)
        {
            KoordinatorId = null;
            return;
        }

        if (Jenis != JenisUnit.LokaPom)
        {
            throw new DomainException("Koordinator hanya dapat ditetapkan untuk Loka POM.");
        }

        if (koordinator.Jenis is not (JenisUnit.BalaiBesarPom or JenisUnit.BalaiPom))
        {
            throw new DomainException("Koordinator Loka POM harus Balai Besar POM atau Balai POM.");
        }

        if (!koordinator.Aktif)
        {
            throw new DomainException("Koordinator tidak aktif.");
        }

        KoordinatorId = koordinator.Id;
    }
}

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>Where a person stands in one cohort.</summary>
internal enum StatusPeserta
{
    Terdaftar = 1,
    Direkrut = 2,
    Dilatih = 3,
    TersertifikasiKompetensi = 4,
    Diakui = 5,
    Berhenti = 6,
}

/// <summary>Result of the competency-based training.</summary>
internal enum HasilPelatihan
{
    Kompeten = 1,
    BelumKompeten = 2,
}

/// <summary>What may happen to a participant.</summary>
internal enum AksiPeserta
{
    Daftar = 0,
    Rekrut = 1,
    CatatPelatihan = 2,
    CatatSertifikatKompetensi = 3,
    CatatSertifikatPengakuan = 4,
    Hentikan = 5,
}

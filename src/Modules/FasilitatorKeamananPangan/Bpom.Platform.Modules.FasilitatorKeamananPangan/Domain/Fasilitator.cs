using System.Globalization;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;
using Stateless;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>Where a person stands in one cohort.</summary>
public enum StatusPeserta
{
    Terdaftar = 1,
    Direkrut = 2,
    Dilatih = 3,
    TersertifikasiKompetensi = 4,
    Diakui = 5,
    Berhenti = 6,
}

/// <summary>Result of the competency-based training.</summary>
public enum HasilPelatihan
{
    Kompeten = 1,
    BelumKompeten = 2,
}

/// <summary>What may happen to a participant.</summary>
public enum AksiPeserta
{
    Daftar = 0,
    Rekrut = 1,
    CatatPelatihan = 2,
    CatatSertifikatKompetensi = 3,
    CatatSertifikatPengakuan = 4,
    Hentikan = 5,
}

/// <summary>Nomor Induk Kependudukan: 16 digits, province code 11–94, a birth date DDMMYY (women: DD + 40).</summary>
public static class Nik
{
    public static bool Valid(string? nik)
    {
        if (nik is null || nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            return false;
        }

        var provinsi = int.Parse(nik.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var hari = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var bulan = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        hari = hari > 40 ? hari - 40 : hari;
        return provinsi is >= 11 and <= 94 && bulan is >= 1 and <= 12 && hari is >= 1 and <= 31 && nik[12..] != "0000";
    }

    /// <summary>First four and last four digits only.</summary>
    public static string Samarkan(string nik) => nik.Length == 16 ? $"{nik[..4]}********{nik[12..]}" : "****";
}

/// <summary>A food-safety facilitator: one record per person (by NIK) across cohorts.</summary>
public sealed class Fasilitator
{
    public Fasilitator(Guid id, string nik, Instant dibuatPada)
    {
        Id = id;
        Nik = nik;
        DibuatPada = dibuatPada;
    }

    private Fasilitator()
    {
    }

    public Guid Id { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    /// <summary>Shown whole only to authorised roles (see the API); masked for everyone else.</summary>
    public string Nik { get; private set; } = string.Empty;

    public string? Telepon { get; private set; }

    public string? Email { get; private set; }

    public string Provinsi { get; private set; } = string.Empty;

    public string KabupatenKota { get; private set; } = string.Empty;

    /// <summary>The K/L/Pemda/organisation that assigns the person.</summary>
    public string InstansiPenugas { get; private set; } = string.Empty;

    /// <summary>The work agreement with that organisation (number/date).</summary>
    public string? Perjanjian { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void Isi(string nama, string? telepon, string? email, string provinsi, string kabupatenKota, string instansiPenugas, string? perjanjian)
    {
        Nama = nama.Trim();
        Telepon = Kosong(telepon);
        Email = Kosong(email);
        Provinsi = provinsi.Trim();
        KabupatenKota = kabupatenKota.Trim();
        InstansiPenugas = instansiPenugas.Trim();
        Perjanjian = Kosong(perjanjian);
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A competency certificate (SOP D step 4), issued by an LSP under a scheme.</summary>
public sealed record SertifikatKompetensi(string Nomor, string Skema, string Lsp, LocalDate Tanggal, LocalDate? BerlakuSampai, Guid? DokumenId);

/// <summary>A recognition certificate (SOP D step 6), ratified by PPSDM / Kepala BPOM.</summary>
public sealed record SertifikatPengakuan(string Nomor, string DisahkanOleh, LocalDate Tanggal, LocalDate BerlakuSampai, Guid? DokumenId);

/// <summary>One transition of a participant: who did it and when.</summary>
public sealed record RiwayatPeserta(StatusPeserta Dari, StatusPeserta Ke, AksiPeserta Aksi, string? Catatan, Guid OlehId, string OlehNama, Instant Pada);

/// <summary>A person's path in one cohort (Angkatan): registered → recruited → trained (result) → competency
/// certificate → recognition certificate, or stopped with a reason. A state machine (Stateless); each transition is
/// recorded with who and when.</summary>
public sealed class PesertaAngkatan
{
    private readonly List<RiwayatPeserta> _riwayat = [];

    public PesertaAngkatan(Guid id, Guid angkatanId, Guid fasilitatorId, Guid? uptId, Guid olehId, string olehNama, Instant pada)
    {
        Id = id;
        AngkatanId = angkatanId;
        FasilitatorId = fasilitatorId;
        UptId = uptId;
        Status = StatusPeserta.Terdaftar;
        DidaftarkanPada = pada;
        _riwayat.Add(new RiwayatPeserta(StatusPeserta.Terdaftar, StatusPeserta.Terdaftar, AksiPeserta.Daftar, null, olehId, olehNama, pada));
    }

    private PesertaAngkatan()
    {
    }

    public Guid Id { get; private set; }

    public Guid AngkatanId { get; private set; }

    public Guid FasilitatorId { get; private set; }

    /// <summary>The UPT that registered/recruits the person, when a UPT takes part.</summary>
    public Guid? UptId { get; private set; }

    public StatusPeserta Status { get; private set; }

    public Instant DidaftarkanPada { get; private set; }

    public HasilPelatihan? HasilPelatihan { get; private set; }

    public SertifikatKompetensi? SertifikatKompetensi { get; private set; }

    public SertifikatPengakuan? SertifikatPengakuan { get; private set; }

    public string? AlasanBerhenti { get; private set; }

    public IReadOnlyList<RiwayatPeserta> Riwayat => _riwayat;

    public bool BolehMenjadi(AksiPeserta aksi) => Mesin().CanFire(aksi) && (aksi != AksiPeserta.CatatSertifikatKompetensi || HasilPelatihan == Domain.HasilPelatihan.Kompeten);

    public void Rekrut(Guid olehId, string olehNama, Instant pada) => Jalankan(AksiPeserta.Rekrut, null, olehId, olehNama, pada);

    public void CatatPelatihan(HasilPelatihan hasil, string? catatan, Guid olehId, string olehNama, Instant pada)
    {
        Jalankan(AksiPeserta.CatatPelatihan, catatan ?? hasil.ToString(), olehId, olehNama, pada);
        HasilPelatihan = hasil;
    }

    public void CatatSertifikatKompetensi(SertifikatKompetensi sertifikat, Guid olehId, string olehNama, Instant pada)
    {
        if (HasilPelatihan != Domain.HasilPelatihan.Kompeten)
        {
            throw new DomainException("Sertifikat kompetensi hanya untuk peserta yang hasil pelatihannya kompeten.");
        }

        Jalankan(AksiPeserta.CatatSertifikatKompetensi, $"{sertifikat.Nomor} ({sertifikat.Skema}, {sertifikat.Lsp})", olehId, olehNama, pada);
        SertifikatKompetensi = sertifikat;
    }

    public void CatatSertifikatPengakuan(SertifikatPengakuan sertifikat, Guid olehId, string olehNama, Instant pada)
    {
        Jalankan(AksiPeserta.CatatSertifikatPengakuan, $"{sertifikat.Nomor}, disahkan {sertifikat.DisahkanOleh}", olehId, olehNama, pada);
        SertifikatPengakuan = sertifikat;
    }

    public void Hentikan(string alasan, Guid olehId, string olehNama, Instant pada)
    {
        if (string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainException("Alasan berhenti wajib diisi.");
        }

        Jalankan(AksiPeserta.Hentikan, alasan.Trim(), olehId, olehNama, pada);
        AlasanBerhenti = alasan.Trim();
    }

    /// <summary>Attaches the scanned document of a certificate already recorded.</summary>
    public void LampirkanDokumen(AksiPeserta sertifikat, Guid dokumenId)
    {
        switch (sertifikat)
        {
            case AksiPeserta.CatatSertifikatKompetensi when SertifikatKompetensi is { } k:
                SertifikatKompetensi = k with { DokumenId = dokumenId };
                break;
            case AksiPeserta.CatatSertifikatPengakuan when SertifikatPengakuan is { } p:
                SertifikatPengakuan = p with { DokumenId = dokumenId };
                break;
            default:
                throw new DomainException("Catat sertifikatnya terlebih dahulu, lalu unggah pindaiannya.");
        }
    }

    private void Jalankan(AksiPeserta aksi, string? catatan, Guid olehId, string olehNama, Instant pada)
    {
        var dari = Status;
        Mesin().Fire(aksi);
        _riwayat.Add(new RiwayatPeserta(dari, Status, aksi, catatan, olehId, olehNama, pada));
    }

    private StateMachine<StatusPeserta, AksiPeserta> Mesin()
    {
        var m = new StateMachine<StatusPeserta, AksiPeserta>(() => Status, s => Status = s);
        m.Configure(StatusPeserta.Terdaftar).Permit(AksiPeserta.Rekrut, StatusPeserta.Direkrut).Permit(AksiPeserta.Hentikan, StatusPeserta.Berhenti);
        m.Configure(StatusPeserta.Direkrut).Permit(AksiPeserta.CatatPelatihan, StatusPeserta.Dilatih).Permit(AksiPeserta.Hentikan, StatusPeserta.Berhenti);
        m.Configure(StatusPeserta.Dilatih).Permit(AksiPeserta.CatatSertifikatKompetensi, StatusPeserta.TersertifikasiKompetensi).Permit(AksiPeserta.Hentikan, StatusPeserta.Berhenti);
        m.Configure(StatusPeserta.TersertifikasiKompetensi).Permit(AksiPeserta.CatatSertifikatPengakuan, StatusPeserta.Diakui).Permit(AksiPeserta.Hentikan, StatusPeserta.Berhenti);
        m.Configure(StatusPeserta.Diakui).Permit(AksiPeserta.Hentikan, StatusPeserta.Berhenti);
        m.OnUnhandledTrigger((s, a) => throw new DomainException($"Peserta berstatus {s} tidak dapat {a}."));
        return m;
    }
}

/// <summary>A cohort (Angkatan): one run of SOP D by a Unit Kerja Pusat, optionally with UPTs, on the engine instance
/// <see cref="InstansId"/>.</summary>
public sealed class Angkatan : IKegiatanSop
{
    public Angkatan(Guid id, Guid unitId, Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        UnitId = unitId;
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private Angkatan()
    {
    }

    public Guid Id { get; private set; }

    public Guid InstansId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    public string DasarKegiatan { get; private set; } = string.Empty;

    /// <summary>UPTs taking part (they recruit, step D2).</summary>
    public List<Guid> UptIds { get; private set; } = [];

    public LocalDate PendaftaranMulai { get; private set; }

    public LocalDate PendaftaranSelesai { get; private set; }

    /// <summary>The training institution recognised by BPOM where PPSDM trains the cohort.</summary>
    public string LembagaPelatihan { get; private set; } = string.Empty;

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void Isi(string nama, string dasar, IEnumerable<Guid> uptIds, LocalDate mulai, LocalDate selesai, string lembaga)
    {
        Nama = nama.Trim();
        DasarKegiatan = dasar.Trim();
        UptIds = uptIds.Distinct().ToList();
        PendaftaranMulai = mulai;
        PendaftaranSelesai = selesai;
        Tahun = mulai.Year;
        LembagaPelatihan = lembaga.Trim();
    }

    public string Ringkas() =>
        $"{Nama} | Pendaftaran {PendaftaranMulai:yyyy-MM-dd} s.d. {PendaftaranSelesai:yyyy-MM-dd} | {LembagaPelatihan} | UPT: {UptIds.Count} | Dasar: {DasarKegiatan}";
}

/// <summary>A recognised facilitator assigned to mentor a business (from the Pembinaan registry, or a plain record).</summary>
public sealed class PendampinganFasilitator
{
    public PendampinganFasilitator(
        Guid id, Guid fasilitatorId, Guid? sasaranPembinaanId, string namaUsaha, string? nib, LocalDate mulai, LocalDate? selesai, string? catatan,
        Guid dibuatOlehId, Instant dibuatPada)
    {
        Id = id;
        FasilitatorId = fasilitatorId;
        SasaranPembinaanId = sasaranPembinaanId;
        NamaUsaha = namaUsaha.Trim();
        Nib = string.IsNullOrWhiteSpace(nib) ? null : nib.Trim();
        Mulai = mulai;
        Selesai = selesai;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        DibuatOlehId = dibuatOlehId;
        DibuatPada = dibuatPada;
    }

    private PendampinganFasilitator()
    {
    }

    public Guid Id { get; private set; }

    public Guid FasilitatorId { get; private set; }

    public Guid? SasaranPembinaanId { get; private set; }

    public string NamaUsaha { get; private set; } = string.Empty;

    public string? Nib { get; private set; }

    public LocalDate Mulai { get; private set; }

    public LocalDate? Selesai { get; private set; }

    public string? Catatan { get; private set; }

    public Guid DibuatOlehId { get; private set; }

    public Instant DibuatPada { get; private set; }
}

using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;
using Stateless;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>A person's path in one cohort (Angkatan): registered → recruited → trained (result) → competency
/// certificate → recognition certificate, or stopped with a reason. A state machine (Stateless); each transition is
/// recorded with who and when.</summary>
internal sealed class PesertaAngkatan
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

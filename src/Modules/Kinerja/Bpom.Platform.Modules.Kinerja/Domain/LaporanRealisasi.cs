using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;
using Stateless;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>Review state of a period's realisation report.</summary>
internal enum StatusRealisasi
{
    Draft = 1,
    Diajukan = 2,
    Diverifikasi = 3,
    Dikembalikan = 4,
    Disahkan = 5,
}

/// <summary>Review actions.</summary>
internal enum AksiRealisasi
{
    Ajukan = 1,
    Verifikasi = 2,
    Kembalikan = 3,
    Sahkan = 4,

    /// <summary>The planning unit reopens a ratified report (reason required, audited): a new draft version.</summary>
    BukaKembali = 5,
}

/// <summary>One indicator's realisation in a period (cumulative).</summary>
/// <param name="Kode">Indicator code.</param>
/// <param name="Nilai">Realisation value (computed from pembilang/penyebut when both are given).</param>
/// <param name="Pembilang">Numerator.</param>
/// <param name="Penyebut">Denominator.</param>
/// <param name="Kendala">Obstacles.</param>
/// <param name="RencanaTindakLanjut">Follow-up plan.</param>
/// <param name="Bukti">Evidence documents (ids in this module's document store).</param>
/// <param name="Penyebab">Analysis: why the indicator succeeded or fell short (penyebab keberhasilan/kegagalan).</param>
/// <param name="Upaya">Analysis: what the unit did (upaya yang dilakukan).</param>
/// <param name="ProgramPendukung">Analysis: supporting programmes/activities.</param>
/// <param name="Efisiensi">Analysis: efficiency of resources used.</param>
internal sealed record RealisasiIndikator(
    string Kode, decimal? Nilai, decimal? Pembilang, decimal? Penyebut, string? Kendala, string? RencanaTindakLanjut, IReadOnlyList<Guid> Bukti,
    string? Penyebab = null, string? Upaya = null, string? ProgramPendukung = null, string? Efisiensi = null);

/// <summary>A step of a report's review history.</summary>
internal sealed record RiwayatRealisasi(string Aksi, StatusRealisasi Ke, Instant Pada, string Oleh, string? Alasan);

/// <summary>
/// One version of a unit's realisation report for a period. A draft is edited in place; once submitted a version is
/// frozen, and any later change (after a return, a verification or ratification) starts a new draft version.
/// Review flow: Draft → Diajukan (unit) → Diverifikasi | Dikembalikan (reviewer) → Disahkan.
/// </summary>
internal sealed class LaporanRealisasi
{
    private LaporanRealisasi()
    {
    }

    public LaporanRealisasi(PerjanjianKinerja pk, string periode, int versi, List<RealisasiIndikator> isi, Instant pada, string oleh)
    {
        ArgumentNullException.ThrowIfNull(pk);
        Id = Guid.NewGuid();
        PkId = pk.Id;
        UnitId = pk.UnitId;
        Tahun = pk.Tahun;
        Periode = periode;
        Versi = versi;
        Status = StatusRealisasi.Draft;
        Isi = isi;
        DiubahPada = pada;
        DiubahOleh = oleh;
        Riwayat = [new RiwayatRealisasi("Buat", StatusRealisasi.Draft, pada, oleh, null)];
    }

    public Guid Id { get; private set; }

    public Guid PkId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string Periode { get; private set; } = string.Empty;

    public int Versi { get; private set; }

    public StatusRealisasi Status { get; private set; }

    public List<RealisasiIndikator> Isi { get; private set; } = [];

    public List<RiwayatRealisasi> Riwayat { get; private set; } = [];

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public bool Beku => Status != StatusRealisasi.Draft;

    /// <summary>Sets (adds or replaces) indicators' realisation in this draft; <paramref name="seluruhnya"/>: the given
    /// indicators are the whole report (others are cleared).</summary>
    public void Isikan(IEnumerable<RealisasiIndikator> baru, Instant pada, string oleh, bool seluruhnya = false)
    {
        if (Beku)
        {
            throw new DomainException("Versi yang sudah diajukan tidak dapat diubah; perubahan membuat versi baru.");
        }

        if (seluruhnya)
        {
            Isi.Clear();
        }

        foreach (var r in baru)
        {
            Isi.RemoveAll(x => x.Kode == r.Kode);
            Isi.Add(r);
        }

        Isi = [.. Isi.OrderBy(x => x.Kode, StringComparer.Ordinal)];
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    /// <summary>The next draft version, starting from this version's content.</summary>
    public LaporanRealisasi VersiBerikut(PerjanjianKinerja pk, Instant pada, string oleh) => new(pk, Periode, Versi + 1, [.. Isi], pada, oleh);

    /// <summary>A ratified report reopened by the planning unit: the next version, a draft, with the reason in its history.</summary>
    public LaporanRealisasi BukaKembali(PerjanjianKinerja pk, Instant pada, string oleh, string alasan)
    {
        if (Status != StatusRealisasi.Disahkan)
        {
            throw new DomainException("Hanya laporan yang sudah disahkan yang dibuka kembali; laporan lain diubah seperti biasa.");
        }

        var baru = VersiBerikut(pk, pada, oleh);
        baru.Riwayat = [new RiwayatRealisasi(nameof(AksiRealisasi.BukaKembali), StatusRealisasi.Draft, pada, oleh, alasan.Trim())];
        return baru;
    }

    public IReadOnlyList<AksiRealisasi> AksiTersedia() => Enum.GetValues<AksiRealisasi>().Where(Mesin().CanFire).ToList();

    /// <summary>Applies a review action (Stateless); an alasan is required to return a report.</summary>
    public void Jalankan(AksiRealisasi aksi, Instant pada, string oleh, string? alasan)
    {
        var mesin = Mesin();
        if (!mesin.CanFire(aksi))
        {
            throw new DomainException($"Aksi {aksi} tidak dapat dilakukan pada laporan berstatus {Status}.");
        }

        if (aksi == AksiRealisasi.Kembalikan && string.IsNullOrWhiteSpace(alasan))
        {
            throw new DomainException("Alasan pengembalian wajib diisi.");
        }

        mesin.Fire(aksi);
        Riwayat.Add(new RiwayatRealisasi(aksi.ToString(), Status, pada, oleh, string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim()));
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    private StateMachine<StatusRealisasi, AksiRealisasi> Mesin()
    {
        var m = new StateMachine<StatusRealisasi, AksiRealisasi>(() => Status, s => Status = s);
        m.Configure(StatusRealisasi.Draft).Permit(AksiRealisasi.Ajukan, StatusRealisasi.Diajukan);
        m.Configure(StatusRealisasi.Diajukan)
            .Permit(AksiRealisasi.Verifikasi, StatusRealisasi.Diverifikasi)
            .Permit(AksiRealisasi.Kembalikan, StatusRealisasi.Dikembalikan);
        m.Configure(StatusRealisasi.Diverifikasi)
            .Permit(AksiRealisasi.Sahkan, StatusRealisasi.Disahkan)
            .Permit(AksiRealisasi.Kembalikan, StatusRealisasi.Dikembalikan);
        return m;
    }
}

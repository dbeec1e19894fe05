using Bpom.Platform.Modules.Notifikasi.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Domain;

/// <summary>How a user wants one kind of notification by e-mail.</summary>
internal enum PilihanSurel
{
    /// <summary>A mail per notification, within a minute or so.</summary>
    Segera = 1,

    /// <summary>Collected into the daily digest.</summary>
    Ringkasan = 2,

    /// <summary>In-app only.</summary>
    Tidak = 3,
}

/// <summary>Where a queued mail is.</summary>
internal enum StatusSurel
{
    /// <summary>To be sent (again, from <see cref="SurelKeluar.CobaLagiPada"/>).</summary>
    Menunggu = 1,

    Terkirim = 2,

    /// <summary>Failed for good (rejected by the server, or out of attempts): admins see it and may send it again.</summary>
    Gagal = 3,

    /// <summary>Not to be mailed: the user chose in-app only, has no address, or is no longer active.</summary>
    Dilewati = 4,

    /// <summary>Waiting for the user's next daily digest.</summary>
    MenungguRingkasan = 5,

    /// <summary>Went out in a digest.</summary>
    Dirangkum = 6,
}

/// <summary>A user's e-mail preferences: per notification kind, and the hour of the daily digest. A user without a
/// row has the defaults (every kind immediately, digest at the configured hour).</summary>
internal sealed class PreferensiSurel
{
    public PreferensiSurel(Guid penggunaId) => PenggunaId = penggunaId;

    public Guid PenggunaId { get; private set; }

    public PilihanSurel Pengingat { get; set; } = PilihanSurel.Segera;

    public PilihanSurel Eskalasi { get; set; } = PilihanSurel.Segera;

    public PilihanSurel Informasi { get; set; } = PilihanSurel.Segera;

    /// <summary>Local hour (0–23, the unit's time zone) of the digest; null = the configured default.</summary>
    public int? JamRingkasan { get; set; }

    public Instant DiubahPada { get; set; }

    /// <summary>PostgreSQL's row version (xmin).</summary>
    public uint Versi { get; private set; }

    public PilihanSurel Untuk(JenisNotifikasi jenis) => jenis switch
    {
        JenisNotifikasi.Pengingat => Pengingat,
        JenisNotifikasi.Eskalasi => Eskalasi,
        _ => Informasi,
    };

    public bool AdaRingkasan => Pengingat == PilihanSurel.Ringkasan || Eskalasi == PilihanSurel.Ringkasan || Informasi == PilihanSurel.Ringkasan;
}

/// <summary>
/// One mail in the outbox: a notification's mail (queued with the notification, in its transaction) or a user's daily
/// digest. <see cref="Kunci"/> is unique — <c>notifikasi:{id}</c> or <c>ringkasan:{user}:{date}</c> — so a mail is
/// queued once however often a job runs; a sender claims rows with a lease (<see cref="DikunciSampai"/>, row locks
/// skipped by other servers), so each is sent by one server, retried with backoff on a transient failure.
/// </summary>
internal sealed class SurelKeluar
{
    public SurelKeluar(Guid id, string kunci, Guid penggunaId, Guid? notifikasiId, Instant sekarang)
    {
        Id = id;
        Kunci = kunci;
        PenggunaId = penggunaId;
        NotifikasiId = notifikasiId;
        DibuatPada = sekarang;
        CobaLagiPada = sekarang;
    }

    private SurelKeluar()
    {
    }

    public Guid Id { get; private set; }

    public string Kunci { get; private set; } = string.Empty;

    public Guid PenggunaId { get; private set; }

    /// <summary>The notification it mails; null for a digest.</summary>
    public Guid? NotifikasiId { get; private set; }

    public StatusSurel Status { get; private set; } = StatusSurel.Menunggu;

    /// <summary>The address it went (or was to go) to, once resolved.</summary>
    public string? Alamat { get; private set; }

    public string? Subjek { get; private set; }

    public string? Teks { get; private set; }

    public string? Html { get; private set; }

    public int Percobaan { get; private set; }

    public Instant CobaLagiPada { get; private set; }

    public Instant? DikunciSampai { get; private set; }

    public string? Galat { get; private set; }

    public Instant DibuatPada { get; private set; }

    public Instant? SelesaiPada { get; private set; }

    public bool SudahDisusun => Subjek is not null;

    public void Susun(string alamat, string subjek, string teks, string html)
    {
        Alamat = alamat;
        Subjek = subjek;
        Teks = teks;
        Html = html;
    }

    /// <summary>The recipient's address changed since it was rendered (e.g. an admin fixed it before a resend).</summary>
    public void GantiAlamat(string alamat) => Alamat = alamat;

    public void Terkirim(Instant sekarang) => Selesai(StatusSurel.Terkirim, sekarang, null);

    public void Lewati(Instant sekarang, string alasan) => Selesai(StatusSurel.Dilewati, sekarang, alasan);

    public void TungguRingkasan()
    {
        Status = StatusSurel.MenungguRingkasan;
        DikunciSampai = null;
    }

    public void Dirangkum(Instant sekarang) => Selesai(StatusSurel.Dirangkum, sekarang, null);

    public void GagalPermanen(Instant sekarang, string galat) => Selesai(StatusSurel.Gagal, sekarang, galat);

    /// <summary>A transient failure: tried again after <paramref name="jeda"/>, or failed for good after the last attempt.</summary>
    public void GagalSementara(Instant sekarang, string galat, Duration jeda, int maksPercobaan)
    {
        if (Percobaan >= maksPercobaan)
        {
            GagalPermanen(sekarang, $"Gagal setelah {Percobaan} percobaan: {galat}");
            return;
        }

        Status = StatusSurel.Menunggu;
        Galat = galat;
        CobaLagiPada = sekarang + jeda;
        DikunciSampai = null;
    }

    /// <summary>An admin sends a failed mail again (attempts start over).</summary>
    public void KirimUlang(Instant sekarang)
    {
        Status = StatusSurel.Menunggu;
        Percobaan = 0;
        CobaLagiPada = sekarang;
        DikunciSampai = null;
        SelesaiPada = null;
    }

    private void Selesai(StatusSurel status, Instant sekarang, string? galat)
    {
        Status = status;
        SelesaiPada = sekarang;
        DikunciSampai = null;
        Galat = galat is null ? null : (galat.Length > 1000 ? galat[..999] + "…" : galat);
    }
}

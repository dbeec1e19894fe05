using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>A user account: belongs to one unit and holds one or more roles.</summary>
internal sealed class Pengguna
{
    private Pengguna()
    {
    }

    public Pengguna(Guid id, string username, string namaLengkap, Guid unitId, IEnumerable<string> peran, Instant dibuatPada)
    {
        Id = id;
        Username = NormalisasiUsername(username);
        NamaLengkap = namaLengkap;
        UnitId = unitId;
        Peran = peran.Distinct().ToList();
        DibuatPada = dibuatPada;
        Aktif = true;
    }

    public Guid Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public string NamaLengkap { get; set; } = string.Empty;

    public Guid UnitId { get; set; }

    /// <summary>Where notifications and the daily digest are mailed (null: in-app only). Stored trimmed, lower case.</summary>
    public string? Email { get; private set; }

    public void GantiEmail(string? email) => Email = NormalisasiEmail(email);

    public static string? NormalisasiEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public List<string> Peran { get; private set; } = [];

    public string PasswordHash { get; private set; } = string.Empty;

    public int GagalLogin { get; private set; }

    public Instant? TerkunciSampai { get; private set; }

    public bool Aktif { get; set; }

    public Instant DibuatPada { get; private set; }

    public Instant? LoginTerakhir { get; private set; }

    /// <summary>Changes whenever what a session may do changes (roles, unit, active flag, password): every access
    /// token and refresh token carries the stamp it was issued with, and stops working once it differs.</summary>
    public Guid Stempel { get; private set; } = Guid.NewGuid();

    /// <summary>PostgreSQL's row version (xmin): the account's ETag, and EF's concurrency token.</summary>
    public uint Versi { get; private set; }

    /// <summary>Ends every session of the account (the next request with an old token is refused).</summary>
    public void PerbaruiStempel() => Stempel = Guid.NewGuid();

    /// <summary>An admin's edit: a change of unit, roles or active flag ends the user's sessions.</summary>
    public void Ubah(string namaLengkap, Guid unitId, IEnumerable<string> peran, bool aktif)
    {
        var baru = peran.Distinct().ToList();
        var berubah = unitId != UnitId || aktif != Aktif || !baru.Order(StringComparer.Ordinal).SequenceEqual(Peran.Order(StringComparer.Ordinal));
        NamaLengkap = namaLengkap.Trim();
        UnitId = unitId;
        Peran = baru;
        Aktif = aktif;
        if (berubah)
        {
            PerbaruiStempel();
        }
    }

    public static string NormalisasiUsername(string username) => (username ?? string.Empty).Trim().ToLowerInvariant();

    public void GantiPeran(IEnumerable<string> peran) => Peran = peran.Distinct().ToList();

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    /// <summary>A new password (set by an admin or the user): every session ends.</summary>
    public void GantiKataSandi(string hash)
    {
        PasswordHash = hash;
        PerbaruiStempel();
    }

    public bool IsTerkunci(Instant now) => TerkunciSampai is { } sampai && sampai > now;

    /// <summary>Counts a failed login; locks the account when the limit is reached.</summary>
    public void CatatGagalLogin(Instant now, int batasGagal, Duration lamaKunci)
    {
        GagalLogin++;
        if (GagalLogin >= batasGagal)
        {
            TerkunciSampai = now + lamaKunci;
            GagalLogin = 0;
        }
    }

    public void CatatLoginBerhasil(Instant now)
    {
        GagalLogin = 0;
        TerkunciSampai = null;
        LoginTerakhir = now;
    }

    public void BukaKunci()
    {
        GagalLogin = 0;
        TerkunciSampai = null;
    }
}

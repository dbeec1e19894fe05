using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>
/// One signed-in session: the refresh token (kept only as its SHA-256), the user's security stamp when it was issued,
/// and its end. Refreshing rotates it (this one is revoked, <see cref="DigantiOlehId"/> names the next); presenting a
/// rotated token again revokes the whole chain (a stolen token was used). Access tokens name their session
/// (<c>sid</c>), so a revoked session ends its access token too.
/// </summary>
internal sealed class SesiLogin
{
    public SesiLogin(Guid id, Guid penggunaId, string tokenHash, Guid stempel, Instant dibuatPada, Instant kedaluwarsaPada, Guid? asalId)
    {
        Id = id;
        PenggunaId = penggunaId;
        TokenHash = tokenHash;
        Stempel = stempel;
        DibuatPada = dibuatPada;
        KedaluwarsaPada = kedaluwarsaPada;
        AsalId = asalId ?? id;
    }

    private SesiLogin()
    {
    }

    public Guid Id { get; private set; }

    public Guid PenggunaId { get; private set; }

    /// <summary>SHA-256 of the refresh token (hex); the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = string.Empty;

    /// <summary>The user's stamp when the session began.</summary>
    public Guid Stempel { get; private set; }

    /// <summary>The first session of the chain (the login); every rotation keeps it.</summary>
    public Guid AsalId { get; private set; }

    public Instant DibuatPada { get; private set; }

    public Instant KedaluwarsaPada { get; private set; }

    public Instant? DicabutPada { get; private set; }

    /// <summary>Why it ended: Logout, Rotasi, PemakaianUlang (a rotated token presented again).</summary>
    public string? Alasan { get; private set; }

    public Guid? DigantiOlehId { get; private set; }

    public bool Berlaku(Instant sekarang) => DicabutPada is null && KedaluwarsaPada > sekarang;

    public void Cabut(Instant sekarang, string alasan, Guid? digantiOleh = null)
    {
        if (DicabutPada is not null)
        {
            return;
        }

        DicabutPada = sekarang;
        Alasan = alasan;
        DigantiOlehId = digantiOleh;
    }
}

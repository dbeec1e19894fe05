using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>What a calendar feed shows: the user's own open steps, or (unit heads) every open step of the unit.</summary>
internal enum CakupanUmpan
{
    Pribadi = 1,
    Unit = 2,
}

/// <summary>A user's secret calendar feed address: its token is stored as a SHA-256 hash for lookup and protected
/// (ASP.NET Core data protection, one key ring for all instances) so the user can be shown the address again. A new
/// token (rotation) or deleting the row (revocation) makes the old address answer 404.</summary>
internal sealed class UmpanKalender
{
    public UmpanKalender(Guid id, Guid penggunaId, CakupanUmpan cakupan, string tokenHash, string tokenTerlindung, Instant dibuatPada)
    {
        Id = id;
        PenggunaId = penggunaId;
        Cakupan = cakupan;
        Ganti(tokenHash, tokenTerlindung, dibuatPada);
    }

    private UmpanKalender()
    {
    }

    public Guid Id { get; private set; }

    public Guid PenggunaId { get; private set; }

    public CakupanUmpan Cakupan { get; private set; }

    public string TokenHash { get; private set; } = string.Empty;

    public string TokenTerlindung { get; private set; } = string.Empty;

    public Instant DibuatPada { get; private set; }

    public void Ganti(string tokenHash, string tokenTerlindung, Instant pada)
    {
        TokenHash = tokenHash;
        TokenTerlindung = tokenTerlindung;
        DibuatPada = pada;
    }
}

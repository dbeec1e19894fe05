namespace Bpom.Platform.BuildingBlocks.Infrastructure.Security;

/// <summary>Settings of the access tokens the API issues and accepts (section "Auth").</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Auth";

    public string Issuer { get; set; } = "bpom-platform";

    public string Audience { get; set; } = "bpom-platform";

    /// <summary>HMAC-SHA256 key, at least 32 characters. Required; never committed for production.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>Access tokens are short-lived; the SPA renews them with the refresh token.</summary>
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>How long a session lasts without a new login (each refresh rotates the token, not the end).</summary>
    public int RefreshTokenHours { get; set; } = 12;

    /// <summary>Seconds a session's and a user's state are trusted before being re-read (a change on this instance
    /// applies at once; on another instance within this time).</summary>
    public int CekSesiDetik { get; set; } = 30;

    public static class ClaimTypes
    {
        public const string Subject = "sub";
        public const string Username = "preferred_username";
        public const string Name = "name";
        public const string Role = "role";
        public const string UnitId = "unit_id";
        public const string Sesi = "sid";
        public const string Stempel = "stamp";
    }
}

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Security;

/// <summary>Settings of the access tokens the API issues and accepts (section "Auth").</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Auth";

    public string Issuer { get; set; } = "bpom-platform";

    public string Audience { get; set; } = "bpom-platform";

    /// <summary>HMAC-SHA256 key, at least 32 characters. Required; never committed for production.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public int AccessTokenMinutes { get; set; } = 480;

    public static class ClaimTypes
    {
        public const string Subject = "sub";
        public const string Username = "preferred_username";
        public const string Name = "name";
        public const string Role = "role";
        public const string UnitId = "unit_id";
    }
}

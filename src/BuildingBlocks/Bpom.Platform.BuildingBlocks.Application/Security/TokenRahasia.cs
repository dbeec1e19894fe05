using System.Security.Cryptography;
using System.Text;

namespace Bpom.Platform.BuildingBlocks.Application.Security;

/// <summary>Secrets handed to a client (refresh tokens, calendar feed addresses): 256 random bits as base64url, kept
/// in the database only as their SHA-256 hex.</summary>
public static class TokenRahasia
{
    public static (string Token, string Hash) Buat()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

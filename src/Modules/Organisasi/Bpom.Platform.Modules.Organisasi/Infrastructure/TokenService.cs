using System.Security.Claims;
using System.Text;
using Bpom.Platform.BuildingBlocks.Infrastructure.Security;
using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>Issues signed JWT access tokens carrying the user's id, unit and roles.</summary>
internal sealed class TokenService(IOptions<JwtOptions> options, IClock clock)
{
    /// <summary>A new refresh token (256 random bits, base64url) and the SHA-256 hex it is stored as.</summary>
    public static (string Token, string Hash) BuatRefresh() => BuildingBlocks.Application.Security.TokenRahasia.Buat();

    public static string Hash(string token) => BuildingBlocks.Application.Security.TokenRahasia.Hash(token);

    public (string Token, Instant ExpiresAt) Buat(Pengguna pengguna, Guid sesiId)
    {
        var o = options.Value;
        var now = clock.GetCurrentInstant();
        var expires = now + Duration.FromMinutes(o.AccessTokenMinutes);
        var claims = new List<Claim>
        {
            new(JwtOptions.ClaimTypes.Subject, pengguna.Id.ToString()),
            new(JwtOptions.ClaimTypes.Username, pengguna.Username),
            new(JwtOptions.ClaimTypes.Name, pengguna.NamaLengkap),
            new(JwtOptions.ClaimTypes.UnitId, pengguna.UnitId.ToString()),
            new(JwtOptions.ClaimTypes.Sesi, sesiId.ToString()),
            new(JwtOptions.ClaimTypes.Stempel, pengguna.Stempel.ToString()),
        };
        claims.AddRange(pengguna.Peran.Select(p => new Claim(JwtOptions.ClaimTypes.Role, p)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = expires.ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(o.SigningKey)), SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }
}

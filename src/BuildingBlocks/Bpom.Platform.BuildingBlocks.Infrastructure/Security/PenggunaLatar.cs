using System.Security.Claims;
using Bpom.Platform.BuildingBlocks.Application;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// Who a request acts as when it is not a signed-in request: a calendar feed read by its token, or a background job
/// that reads on a user's behalf (the daily e-mail digest). Scoped; <see cref="HttpCurrentUser"/> prefers it over the
/// HTTP principal, so the query runs with the user's own scoping, never with more.
/// </summary>
public sealed class PenggunaLatar
{
    public ClaimsPrincipal? Principal { get; private set; }

    /// <summary>Acts as <paramref name="pengguna"/> from now on in this scope.</summary>
    public void Jadikan(PenggunaOrganisasi pengguna, string jenisOtentikasi) => Principal = Prinsipal(pengguna, jenisOtentikasi);

    /// <summary>The claims a signed-in request of <paramref name="pengguna"/> would carry (no session).</summary>
    public static ClaimsPrincipal Prinsipal(PenggunaOrganisasi pengguna, string jenisOtentikasi)
    {
        ArgumentNullException.ThrowIfNull(pengguna);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(JwtOptions.ClaimTypes.Subject, pengguna.Id.ToString()),
                new Claim(JwtOptions.ClaimTypes.UnitId, pengguna.UnitId.ToString()),
                new Claim(JwtOptions.ClaimTypes.Name, pengguna.NamaLengkap),
                .. pengguna.Peran.Select(p => new Claim(JwtOptions.ClaimTypes.Role, p)),
            ], jenisOtentikasi, JwtOptions.ClaimTypes.Name, JwtOptions.ClaimTypes.Role));
    }
}

using System.Security.Claims;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Http;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Security;

/// <summary><see cref="ICurrentUser"/> read from the bearer token's claims (or from the user a feed or background job
/// acts as, see <see cref="PenggunaLatar"/>).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, PenggunaLatar latar) : ICurrentUser
{
    private ClaimsPrincipal? Principal => latar.Principal ?? accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid UserId => ReadGuid(JwtOptions.ClaimTypes.Subject);

    public string Username => Principal?.FindFirst(JwtOptions.ClaimTypes.Username)?.Value ?? string.Empty;

    public Guid UnitId => ReadGuid(JwtOptions.ClaimTypes.UnitId);

    public Guid? SesiId => Guid.TryParse(Principal?.FindFirst(JwtOptions.ClaimTypes.Sesi)?.Value, out var id) ? id : null;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll(JwtOptions.ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    private Guid ReadGuid(string type) =>
        Guid.TryParse(Principal?.FindFirst(type)?.Value, out var id) ? id : Guid.Empty;
}

namespace Bpom.Platform.BuildingBlocks.Application.Security;

/// <summary>The roles of Bpom.Platform. A user may hold several.</summary>
public static class Peran
{
    public const string Admin = "Admin";
    public const string UnitKerjaPusat = "UnitKerjaPusat";
    public const string Upt = "Upt";
    public const string Ppsdm = "Ppsdm";
    public const string Pimpinan = "Pimpinan";

    /// <summary>Head of a unit (Direktur, Kepala Balai/Loka): approves step outputs of the unit and receives
    /// deadline escalations (for a Loka also its koordinator Balai's head).</summary>
    public const string KepalaUnit = "KepalaUnit";

    public static readonly IReadOnlyList<string> Semua = [Admin, UnitKerjaPusat, Upt, Ppsdm, Pimpinan, KepalaUnit];
}

/// <summary>The signed-in user of the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid UserId { get; }

    string Username { get; }

    Guid UnitId { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role);

    /// <summary>The session the request's token belongs to (null outside a signed-in request).</summary>
    Guid? SesiId => null;
}

/// <summary>Is a token's session still good: open, its user active, the user's security stamp unchanged?
/// Implemented by the Organisasi module; the host asks it on every authenticated request.</summary>
public interface IPemeriksaSesi
{
    Task<bool> BerlakuAsync(Guid penggunaId, Guid sesiId, Guid stempel, CancellationToken cancellationToken);
}

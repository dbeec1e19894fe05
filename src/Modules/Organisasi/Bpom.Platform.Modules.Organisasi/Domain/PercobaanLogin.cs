using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>
/// A counter of failed sign-ins, shared by every API instance (written only by <c>PenjagaLogin</c>'s upserts):
/// per username (<c>u|…</c>) and per client address (<c>i|…</c>) in a one-minute window, and per address + username
/// pair (<c>p|…|…</c>) with the pair's lock.
/// </summary>
internal sealed class PercobaanLogin
{
    private PercobaanLogin()
    {
    }

    public string Kunci { get; private set; } = string.Empty;

    /// <summary>The username the counter belongs to (none for an address's counter): an admin's unlock clears them.</summary>
    public string? Username { get; private set; }

    public int Gagal { get; private set; }

    public Instant JendelaMulai { get; private set; }

    public Instant? TerkunciSampai { get; private set; }
}

using Bpom.Platform.Modules.Notifikasi.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Domain;

/// <summary>A used once-only key (see <see cref="KirimNotifikasiCommand.KunciKlaim"/>). The primary key makes a second
/// claim of the same key fail, so overlapping or retried jobs (or two servers) notify once.</summary>
internal sealed class KlaimNotifikasi
{
    public string Kunci { get; set; } = string.Empty;

    public Instant DiklaimPada { get; set; }
}

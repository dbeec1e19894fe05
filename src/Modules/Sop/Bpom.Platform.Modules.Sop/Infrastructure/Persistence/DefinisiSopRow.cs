using NodaTime;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence;

/// <summary>A stored SOP version; its steps are kept as JSON so a version is immutable once instances use it.</summary>
internal sealed class DefinisiSopRow
{
    public Guid Id { get; set; }

    public string Kode { get; set; } = string.Empty;

    public string Nama { get; set; } = string.Empty;

    public int Versi { get; set; }

    public LocalDate BerlakuMulai { get; set; }

    /// <summary>The steps (<see cref="Domain.DefinisiLangkah"/>[]) as JSON.</summary>
    public string Langkah { get; set; } = "[]";
}

using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>Calendar settings (a single row).</summary>
internal sealed class PengaturanKalender
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>When true, cuti bersama counts as a working day. Default false.</summary>
    public bool CutiBersamaSebagaiHariKerja { get; set; }

    public Instant? DiubahPada { get; set; }

    public string? DiubahOleh { get; set; }

    /// <summary>Bumped on every change to holidays or settings; cached calendars compare it to stay fresh.</summary>
    public long Versi { get; set; }

    public void CatatPerubahan(Instant now, string? oleh)
    {
        Versi++;
        DiubahPada = now;
        DiubahOleh = oleh;
    }
}

/// <summary>Records that a one-time seed was applied, so data admins later edit or delete is not re-seeded.</summary>
internal sealed class RiwayatSeed
{
    public string Kunci { get; set; } = string.Empty;

    public Instant DiterapkanPada { get; set; }
}

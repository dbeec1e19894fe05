using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>A holiday or cuti bersama date as maintained by admins.</summary>
public sealed class TanggalLibur
{
    private TanggalLibur()
    {
    }

    public TanggalLibur(Guid id, LocalDate tanggal, JenisHariLibur jenis, string nama, string? dasarHukum)
    {
        Id = id;
        Ubah(tanggal, jenis, nama, dasarHukum);
    }

    public Guid Id { get; private set; }

    public LocalDate Tanggal { get; private set; }

    public JenisHariLibur Jenis { get; private set; }

    public string Nama { get; private set; } = string.Empty;

    /// <summary>Legal basis, e.g. the SKB that set it.</summary>
    public string? DasarHukum { get; private set; }

    public void Ubah(LocalDate tanggal, JenisHariLibur jenis, string nama, string? dasarHukum)
    {
        Tanggal = tanggal;
        Jenis = jenis;
        Nama = nama.Trim();
        DasarHukum = string.IsNullOrWhiteSpace(dasarHukum) ? null : dasarHukum.Trim();
    }
}

/// <summary>Calendar settings (a single row).</summary>
public sealed class PengaturanKalender
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
public sealed class RiwayatSeed
{
    public string Kunci { get; set; } = string.Empty;

    public Instant DiterapkanPada { get; set; }
}

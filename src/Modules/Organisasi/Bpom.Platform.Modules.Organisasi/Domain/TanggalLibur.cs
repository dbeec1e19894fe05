using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Domain;

/// <summary>A holiday or cuti bersama date as maintained by admins.</summary>
internal sealed class TanggalLibur
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

    /// <summary>PostgreSQL's row version (xmin): the holiday's ETag, and EF's concurrency token.</summary>
    public uint Versi { get; private set; }

    public void Ubah(LocalDate tanggal, JenisHariLibur jenis, string nama, string? dasarHukum)
    {
        Tanggal = tanggal;
        Jenis = jenis;
        Nama = nama.Trim();
        DasarHukum = string.IsNullOrWhiteSpace(dasarHukum) ? null : dasarHukum.Trim();
    }
}

using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>An audited change to performance data (late corrections with their reason, PK revisions, imports).</summary>
internal sealed class AuditKinerja
{
    private AuditKinerja()
    {
    }

    public AuditKinerja(Guid unitId, int tahun, string? periode, string aksi, string keterangan, string? alasan, bool terlambat, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        Periode = periode;
        Aksi = aksi;
        Keterangan = keterangan;
        Alasan = alasan;
        Terlambat = terlambat;
        Pada = pada;
        Oleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string? Periode { get; private set; }

    public string Aksi { get; private set; } = string.Empty;

    public string Keterangan { get; private set; } = string.Empty;

    public string? Alasan { get; private set; }

    /// <summary>The change came after the period's entry closed.</summary>
    public bool Terlambat { get; private set; }

    public Instant Pada { get; private set; }

    public string Oleh { get; private set; } = string.Empty;
}

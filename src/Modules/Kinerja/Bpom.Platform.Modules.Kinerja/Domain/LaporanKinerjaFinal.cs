using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>The signed Laporan Kinerja of a unit's period (TW1–TW4 or TAHUN), uploaded back as PDF and kept as that
/// period's final. Replacing it needs a reason and is audited; the earlier PDF stays in the document store.</summary>
internal sealed class LaporanKinerjaFinal
{
    private LaporanKinerjaFinal()
    {
    }

    public LaporanKinerjaFinal(Guid unitId, int tahun, string periode, DokumenKinerja dokumen, Instant pada, string oleh)
    {
        ArgumentNullException.ThrowIfNull(dokumen);
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        Periode = periode;
        Ganti(dokumen, pada, oleh);
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string Periode { get; private set; } = string.Empty;

    /// <summary>The PDF (a <see cref="DokumenKinerja"/>).</summary>
    public Guid DokumenId { get; private set; }

    public string NamaBerkas { get; private set; } = string.Empty;

    public long Ukuran { get; private set; }

    /// <summary>1 = first upload; each replacement adds one.</summary>
    public int Versi { get; private set; }

    public Instant Pada { get; private set; }

    public string Oleh { get; private set; } = string.Empty;

    public void Ganti(DokumenKinerja dokumen, Instant pada, string oleh)
    {
        ArgumentNullException.ThrowIfNull(dokumen);
        DokumenId = dokumen.Id;
        NamaBerkas = dokumen.NamaBerkas;
        Ukuran = dokumen.Ukuran;
        Versi++;
        Pada = pada;
        Oleh = oleh;
    }
}

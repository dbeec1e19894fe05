using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>An SKM result of one unit and service for a period: the nine element scores (U1–U9, 1–4), IKM and mutu.</summary>
internal sealed class HasilSkm
{
    private HasilSkm()
    {
    }

    public HasilSkm(Guid unitId, int tahun, string periode, string layanan, int jumlahResponden, IReadOnlyList<decimal> unsur, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        Periode = periode;
        Layanan = layanan;
        Ubah(jumlahResponden, unsur, pada, oleh);
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    /// <summary>Semester (S1/S2), quarter (TW1–TW4) or year (TAHUNAN).</summary>
    public string Periode { get; private set; } = string.Empty;

    public string Layanan { get; private set; } = string.Empty;

    public int JumlahResponden { get; private set; }

    public List<decimal> Unsur { get; private set; } = [];

    public decimal Ikm { get; private set; }

    public MutuPelayanan Mutu { get; private set; }

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public void Ubah(int jumlahResponden, IReadOnlyList<decimal> unsur, Instant pada, string oleh)
    {
        JumlahResponden = jumlahResponden;
        Unsur = [.. unsur];
        Ikm = Skm.Ikm(unsur);
        Mutu = Skm.Mutu(Ikm);
        DiubahPada = pada;
        DiubahOleh = oleh;
    }
}

using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>How a national indicator's realisation is computed from the units' realisation of its source indicator.</summary>
internal enum AturanAgregasi
{
    /// <summary>Σ of the units' values (counts: desa, KIE, sarana…).</summary>
    Jumlah = 1,

    /// <summary>Plain mean of the units' values (indices).</summary>
    RataRata = 2,

    /// <summary>Σpembilang ÷ Σpenyebut of the units (× 100 for %): a national percentage, not a mean of percentages.</summary>
    Rasio = 3,
}

/// <summary>The roll-up rule of one national indicator: its rule and the units' indicator code it reads (default: the
/// same code).</summary>
internal sealed record AturanIndikatorNasional(string Kode, AturanAgregasi Aturan, string? KodeSumber)
{
    public string Sumber => string.IsNullOrWhiteSpace(KodeSumber) ? Kode : KodeSumber.Trim();
}

/// <summary>
/// The PK of BPOM as a whole (the Kepala BPOM's IKU) for a year: the usual perspectives → sasaran → indicators with
/// targets, and per indicator the rule that computes its realisation from the units' PKs. Scored like a unit's PK.
/// </summary>
internal sealed class PkNasional
{
    private PkNasional()
    {
    }

    public PkNasional(int tahun)
    {
        Id = Guid.NewGuid();
        Tahun = tahun;
    }

    public Guid Id { get; private set; }

    public int Tahun { get; private set; }

    public int Versi { get; private set; }

    public List<PerspektifPk> Struktur { get; private set; } = [];

    public List<AturanIndikatorNasional> Aturan { get; private set; } = [];

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public void Ubah(List<PerspektifPk> struktur, List<AturanIndikatorNasional> aturan, Instant pada, string oleh)
    {
        Struktur = struktur;
        Aturan = aturan;
        Versi++;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }
}

using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>A Renstra target of one year.</summary>
internal sealed record TargetTahunRenstra(int Tahun, decimal Nilai);

/// <summary>
/// A unit's Renstra (five-year strategic plan, e.g. 2025–2029) target for one indicator: the target of each year of the
/// plan. Matched to the yearly PKs by indicator code.
/// </summary>
internal sealed class TargetRenstra
{
    private TargetRenstra()
    {
    }

    public TargetRenstra(Guid unitId, int tahunAwal, string kodeIndikator, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        TahunAwal = tahunAwal;
        KodeIndikator = kodeIndikator;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>First year of the plan.</summary>
    public int TahunAwal { get; private set; }

    /// <summary>Last year of the plan (five years: <see cref="TahunAwal"/> + 4).</summary>
    public int TahunAkhir { get; private set; }

    public string KodeIndikator { get; private set; } = string.Empty;

    public string NamaIndikator { get; private set; } = string.Empty;

    public string Satuan { get; private set; } = string.Empty;

    public ArahIndikator Arah { get; private set; }

    /// <summary>Target per year of the plan.</summary>
    public List<TargetTahunRenstra> Target { get; private set; } = [];

    public decimal? TargetUntuk(int tahun) => Target.FirstOrDefault(t => t.Tahun == tahun)?.Nilai;

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public void Isi(int tahunAkhir, string nama, string satuan, ArahIndikator arah, IReadOnlyDictionary<int, decimal> target, Instant pada, string oleh)
    {
        TahunAkhir = tahunAkhir;
        NamaIndikator = nama;
        Satuan = satuan;
        Arah = arah;
        Target = [.. target.OrderBy(t => t.Key).Select(t => new TargetTahunRenstra(t.Key, t.Value))];
        DiubahPada = pada;
        DiubahOleh = oleh;
    }
}

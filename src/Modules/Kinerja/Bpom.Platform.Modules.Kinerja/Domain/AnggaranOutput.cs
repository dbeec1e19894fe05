using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>
/// A unit's budget line for a year at the level of a rincian output (RO), under its program and kegiatan as the
/// finance systems export them: the pagu and the realisation of each month (amounts in rupiah, not cumulative),
/// optionally linked to a sasaran of the unit's PK (that sasaran's budget, for its realisation % and efficiency).
/// </summary>
internal sealed class AnggaranOutput
{
    private AnggaranOutput()
    {
    }

    public AnggaranOutput(Guid unitId, int tahun, string kodeProgram, string kodeKegiatan, string kodeOutput, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        KodeProgram = kodeProgram;
        KodeKegiatan = kodeKegiatan;
        KodeOutput = kodeOutput;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public string KodeProgram { get; private set; } = string.Empty;

    public string NamaProgram { get; private set; } = string.Empty;

    public string KodeKegiatan { get; private set; } = string.Empty;

    public string NamaKegiatan { get; private set; } = string.Empty;

    /// <summary>The RO code, e.g. 3165.QDC.001.</summary>
    public string KodeOutput { get; private set; } = string.Empty;

    public string NamaOutput { get; private set; } = string.Empty;

    /// <summary>The PK sasaran this budget serves (null = not linked).</summary>
    public string? KodeSasaran { get; private set; }

    public decimal Pagu { get; private set; }

    /// <summary>Realisation per month, January–December (12 amounts).</summary>
    public decimal[] RealisasiBulanan { get; private set; } = new decimal[12];

    /// <summary>Optimistic concurrency: changes by one per edit.</summary>
    public int Versi { get; private set; }

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    /// <summary>Realisation from January to the end of <paramref name="bulan"/>.</summary>
    public decimal RealisasiSampai(int bulan) => RealisasiBulanan.Take(bulan).Sum();

    public void Isi(string namaProgram, string namaKegiatan, string namaOutput, string? kodeSasaran, decimal pagu, IReadOnlyList<decimal> realisasi, Instant pada, string oleh)
    {
        ArgumentNullException.ThrowIfNull(realisasi);
        if (realisasi.Count != 12 || realisasi.Any(r => r < 0) || pagu < 0)
        {
            throw new DomainException("Pagu dan realisasi tidak boleh negatif; realisasi diisi untuk 12 bulan.");
        }

        if (realisasi.Sum() > pagu)
        {
            throw new DomainException($"Realisasi {KodeOutput} melebihi pagu.");
        }

        NamaProgram = namaProgram;
        NamaKegiatan = namaKegiatan;
        NamaOutput = namaOutput;
        KodeSasaran = kodeSasaran;
        Pagu = pagu;
        RealisasiBulanan = [.. realisasi];
        Versi++;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }
}

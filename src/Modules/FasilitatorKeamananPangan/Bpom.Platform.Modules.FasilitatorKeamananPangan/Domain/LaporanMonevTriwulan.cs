using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;

/// <summary>The quarterly monev report of a cohort by one unit (the running directorate or a participating UPT),
/// due no later than the 10th day after the quarter ends. Opened by the quarterly job; submitted by the unit.</summary>
internal sealed class LaporanMonevTriwulan
{
    public LaporanMonevTriwulan(Guid id, Guid angkatanId, Guid unitId, int tahun, int triwulan, Instant dibukaPada)
    {
        Id = id;
        AngkatanId = angkatanId;
        UnitId = unitId;
        Tahun = tahun;
        Triwulan = triwulan;
        JatuhTempo = TenggatUntuk(tahun, triwulan);
        DibukaPada = dibukaPada;
    }

    private LaporanMonevTriwulan()
    {
    }

    public Guid Id { get; private set; }

    public Guid AngkatanId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public int Triwulan { get; private set; }

    public LocalDate JatuhTempo { get; private set; }

    public Instant DibukaPada { get; private set; }

    public Instant? DikirimPada { get; private set; }

    public string? DikirimOleh { get; private set; }

    public string? Ringkasan { get; private set; }

    public bool Terkirim => DikirimPada is not null;

    /// <summary>The 10th day after the quarter ends.</summary>
    public static LocalDate TenggatUntuk(int tahun, int triwulan) => new LocalDate(tahun, triwulan * 3, 1).PlusMonths(1).PlusDays(9);

    /// <summary>The last quarter that has ended on <paramref name="hariIni"/>.</summary>
    public static (int Tahun, int Triwulan) TriwulanTerakhir(LocalDate hariIni)
    {
        var sekarang = ((hariIni.Month - 1) / 3) + 1;
        return sekarang == 1 ? (hariIni.Year - 1, 4) : (hariIni.Year, sekarang - 1);
    }

    public void Kirim(string ringkasan, string oleh, Instant pada)
    {
        if (Terkirim)
        {
            throw new DomainException("Laporan monev triwulan ini sudah dikirim.");
        }

        Ringkasan = ringkasan.Trim();
        DikirimOleh = oleh;
        DikirimPada = pada;
    }
}

using Bpom.Platform.BuildingBlocks.Domain;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Domain;

/// <summary>
/// The yearly cycle of one SOP (A, B or C) for year <see cref="Tahun"/>: opened once (early the next year), with one
/// annual report per participating unit (<see cref="LaporanTahunan"/>, the engine run of step A7/B7/C5) and one recap
/// run on the engine (A8–A10: rekapitulasi by the coordinating Unit Kerja Pusat, arahan by Pimpinan, monev).
/// </summary>
internal sealed class SiklusSop
{
    public SiklusSop(Guid id, string kodeSop, int tahun, LocalDate tanggalBuka, LocalDate batasLaporan, Guid koordinatorUnitId, Instant dibukaPada)
    {
        if (batasLaporan < tanggalBuka)
        {
            throw new DomainException("Batas laporan tidak boleh sebelum tanggal pembukaan siklus.");
        }

        Id = id;
        KodeSop = kodeSop;
        Tahun = tahun;
        TanggalBuka = tanggalBuka;
        BatasLaporan = batasLaporan;
        KoordinatorUnitId = koordinatorUnitId;
        DibukaPada = dibukaPada;
    }

    private SiklusSop()
    {
    }

    public Guid Id { get; private set; }

    public string KodeSop { get; private set; } = string.Empty;

    public int Tahun { get; private set; }

    /// <summary>The day the cycle opened (the reports' start).</summary>
    public LocalDate TanggalBuka { get; private set; }

    /// <summary>The end of the reports' window (20 HK from opening): the recap starts then if not every report is in.</summary>
    public LocalDate BatasLaporan { get; private set; }

    /// <summary>The Unit Kerja Pusat that recaps, monitors and follows up.</summary>
    public Guid KoordinatorUnitId { get; private set; }

    public Instant DibukaPada { get; private set; }

    /// <summary>The engine run of the recap, directive and monev steps.</summary>
    public Guid RekapInstansId { get; private set; }

    /// <summary>When the recap step was started (every report in, or the window passed).</summary>
    public Instant? RekapDimulaiPada { get; private set; }

    public void HubungkanRekap(Guid instansId) => RekapInstansId = instansId;

    public void RekapDimulai(Instant pada) => RekapDimulaiPada ??= pada;

    /// <summary>The reports' due date as the engine set it (20 HK from opening in the units' calendars).</summary>
    public void TetapkanBatasLaporan(LocalDate batas) => BatasLaporan = batas;
}

/// <summary>One unit's annual report of a cycle: its narrative here, its step (state, HK deadline, documents,
/// reminders, audit) on the engine run <see cref="InstansId"/>. A Loka's report is approved by its koordinator Balai
/// (<see cref="PenyetujuUnitId"/>).</summary>
internal sealed class LaporanTahunan
{
    public LaporanTahunan(Guid id, SiklusSop siklus, Guid unitId, Guid? penyetujuUnitId, bool ditambahkan, Instant dibuatPada)
    {
        ArgumentNullException.ThrowIfNull(siklus);
        Id = id;
        SiklusId = siklus.Id;
        KodeSop = siklus.KodeSop;
        Tahun = siklus.Tahun;
        UnitId = unitId;
        PenyetujuUnitId = penyetujuUnitId;
        Ditambahkan = ditambahkan;
        DibuatPada = dibuatPada;
        DiubahPada = dibuatPada;
    }

    private LaporanTahunan()
    {
    }

    public Guid Id { get; private set; }

    public Guid SiklusId { get; private set; }

    public string KodeSop { get; private set; } = string.Empty;

    public int Tahun { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The engine run of the report step.</summary>
    public Guid InstansId { get; private set; }

    /// <summary>The koordinator Balai of a Loka (accepts or returns its report); null = the unit's own head.</summary>
    public Guid? PenyetujuUnitId { get; private set; }

    /// <summary>Added by an admin rather than found among the year's participants.</summary>
    public bool Ditambahkan { get; private set; }

    /// <summary>Capaian: what the unit achieved (narrative).</summary>
    public string Capaian { get; private set; } = string.Empty;

    /// <summary>Kendala: obstacles met.</summary>
    public string Kendala { get; private set; } = string.Empty;

    /// <summary>Rencana tindak lanjut: what the unit plans next.</summary>
    public string RencanaTindakLanjut { get; private set; } = string.Empty;

    public Instant DibuatPada { get; private set; }

    public Instant DiubahPada { get; private set; }

    /// <summary>Raised by every edit (optimistic concurrency: an edit names the version it read).</summary>
    public int Versi { get; private set; }

    public Guid? DiubahOlehId { get; private set; }

    public void HubungkanInstans(Guid instansId) => InstansId = instansId;

    public void UbahNarasi(string capaian, string kendala, string rencana, Guid olehId, Instant pada)
    {
        Capaian = capaian.Trim();
        Kendala = kendala.Trim();
        RencanaTindakLanjut = rencana.Trim();
        DiubahOlehId = olehId;
        DiubahPada = pada;
        Versi++;
    }
}

using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>
/// One SOP step as Kinerja learns it from the SOP engine's notifications (LangkahDimulai, LangkahSelesai,
/// LangkahTerlambat): when it started, was due, finished, and how many HK it used against the HK allowed.
/// </summary>
internal sealed class CatatanLangkahSop
{
    private CatatanLangkahSop()
    {
    }

    public CatatanLangkahSop(Guid instansId, string langkahKode, string kodeSop, string modul, Guid unitId, int tahun)
    {
        InstansId = instansId;
        LangkahKode = langkahKode;
        KodeSop = kodeSop;
        Modul = modul;
        UnitId = unitId;
        Tahun = tahun;
    }

    public Guid InstansId { get; private set; }

    public string LangkahKode { get; private set; } = string.Empty;

    public string KodeSop { get; private set; } = string.Empty;

    public string Modul { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public LocalDate? TanggalMulai { get; private set; }

    public LocalDate? JatuhTempo { get; private set; }

    public LocalDate? TanggalSelesai { get; private set; }

    /// <summary>Null for steps without an HK standard.</summary>
    public bool? TepatWaktu { get; private set; }

    public int? HkTerpakai { get; private set; }

    public int? HkDiizinkan { get; private set; }

    /// <summary>The deadline sweep reported it overdue (for this due date).</summary>
    public LocalDate? TerlambatSejak { get; private set; }

    public Instant DiperbaruiPada { get; private set; }

    public void Dimulai(LocalDate tanggal, LocalDate? jatuhTempo, int? hkDiizinkan, Instant pada)
    {
        TanggalMulai = tanggal;
        JatuhTempo = jatuhTempo;
        HkDiizinkan = hkDiizinkan;
        TanggalSelesai = null;
        TepatWaktu = null;
        HkTerpakai = null;
        TerlambatSejak = null;
        DiperbaruiPada = pada;
    }

    public void Selesai(LocalDate tanggal, LocalDate? jatuhTempo, bool? tepatWaktu, int? hkTerpakai, int? hkDiizinkan, Instant pada)
    {
        TanggalSelesai = tanggal;
        JatuhTempo = jatuhTempo ?? JatuhTempo;
        TepatWaktu = tepatWaktu;
        HkTerpakai = hkTerpakai;
        HkDiizinkan = hkDiizinkan ?? HkDiizinkan;
        DiperbaruiPada = pada;
    }

    public void Terlambat(LocalDate jatuhTempo, Instant pada)
    {
        JatuhTempo = jatuhTempo;
        TerlambatSejak = jatuhTempo;
        DiperbaruiPada = pada;
    }
}

/// <summary>An SOP activity completed (every step done), from the engine's KegiatanSopSelesai.</summary>
internal sealed class CatatanKegiatanSop
{
    private CatatanKegiatanSop()
    {
    }

    public CatatanKegiatanSop(Guid instansId, string kodeSop, string modul, Guid unitId, int tahun, LocalDate tanggalSelesai)
    {
        InstansId = instansId;
        KodeSop = kodeSop;
        Modul = modul;
        UnitId = unitId;
        Tahun = tahun;
        TanggalSelesai = tanggalSelesai;
    }

    public Guid InstansId { get; private set; }

    public string KodeSop { get; private set; } = string.Empty;

    public string Modul { get; private set; } = string.Empty;

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    public LocalDate TanggalSelesai { get; private set; }
}

/// <summary>The median of the values (mean of the middle two for an even count); null when empty.</summary>
internal static class Statistik
{
    public static decimal? Median(IEnumerable<int> nilai)
    {
        var urut = nilai.Order().ToList();
        if (urut.Count == 0)
        {
            return null;
        }

        var tengah = urut.Count / 2;
        return urut.Count % 2 == 1 ? urut[tengah] : Penilaian.Bulatkan((urut[tengah - 1] + urut[tengah]) / 2m);
    }
}

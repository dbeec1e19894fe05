using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Domain;

/// <summary>Where an indicator's realisation comes from.</summary>
internal enum SumberRealisasi
{
    /// <summary>Entered by the unit (or imported).</summary>
    Manual = 0,

    /// <summary>% of SOP steps finished within Mutu Baku (cumulative from 1 January), from the SOP engine's events.</summary>
    LangkahSopTepatWaktu = 2,

    /// <summary>Number of SOP steps finished (cumulative).</summary>
    JumlahLangkahSopSelesai = 3,

    /// <summary>Number of SOP activities completed (cumulative), e.g. "jumlah kegiatan advokasi".</summary>
    JumlahKegiatanSopSelesai = 4,
}

/// <summary>An indicator of a sasaran.</summary>
/// <param name="Kode">Code, e.g. 2.4 (unique within the PK).</param>
/// <param name="Nama">Name.</param>
/// <param name="Satuan">%, indeks, nilai, jumlah, …</param>
/// <param name="Arah">Higher or lower is better.</param>
/// <param name="Definisi">Optional definition.</param>
/// <param name="Pembilang">Numerator definition (realisation = pembilang ÷ penyebut; × 100 for %).</param>
/// <param name="Penyebut">Denominator definition.</param>
/// <param name="TargetTahunan">Annual target.</param>
/// <param name="Target">Cumulative targets per period code (B01–B12, TW1–TW4).</param>
/// <param name="AkhirTahunSaja">Measured only at year end (TW4/B12).</param>
/// <param name="Sumber">Where the realisation comes from.</param>
/// <param name="KodeSop">For SOP sources: only this SOP (e.g. POM-04.01-A); null = all SOPs.</param>
/// <param name="PenugasanDirektif">A penugasan direktif (a leadership assignment): scored like the others, counted
/// apart in the report's tallies.</param>
internal sealed record IndikatorPk(
    string Kode, string Nama, string Satuan, ArahIndikator Arah, string? Definisi, string? Pembilang, string? Penyebut, decimal? TargetTahunan,
    IReadOnlyDictionary<string, decimal> Target, bool AkhirTahunSaja, SumberRealisasi Sumber, string? KodeSop, bool PenugasanDirektif = false)
{
    /// <summary>The cumulative target of <paramref name="periode"/>: its own, else the equivalent month/quarter
    /// (TW2 ⇔ B06); null = no target (not measured).</summary>
    public decimal? TargetUntuk(string periode)
    {
        if (AkhirTahunSaja && periode is not ("TW4" or "B12"))
        {
            return null;
        }

        if (Target.TryGetValue(periode, out var t))
        {
            return t;
        }

        var setara = KodePeriode.Setara(periode);
        return setara is not null && Target.TryGetValue(setara, out var s) ? s : null;
    }
}

/// <summary>A sasaran strategis / sasaran kegiatan.</summary>
/// <param name="Kode">Code, e.g. SS1.</param>
/// <param name="Nama">Name.</param>
/// <param name="HitungNko">Counts toward the organisation score.</param>
/// <param name="Indikator">Its indicators.</param>
internal sealed record SasaranPk(string Kode, string Nama, bool HitungNko, IReadOnlyList<IndikatorPk> Indikator);

/// <summary>A Balanced Scorecard perspective with its sasaran.</summary>
internal sealed record PerspektifPk(string Nama, IReadOnlyList<SasaranPk> Sasaran);

/// <summary>
/// A unit's Perjanjian Kinerja for a year: perspectives → sasaran → indicators with annual and cumulative period
/// targets. The current structure is kept here; every revision is frozen in <see cref="PerjanjianKinerjaVersi"/>.
/// </summary>
internal sealed class PerjanjianKinerja
{
    private PerjanjianKinerja()
    {
    }

    public PerjanjianKinerja(Guid unitId, int tahun, Instant pada, string oleh)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Tahun = tahun;
        DiubahPada = pada;
        DiubahOleh = oleh;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Tahun { get; private set; }

    /// <summary>Current version (1 = the first agreed structure).</summary>
    public int Versi { get; private set; }

    public List<PerspektifPk> Struktur { get; private set; } = [];

    public Instant DiubahPada { get; private set; }

    public string DiubahOleh { get; private set; } = string.Empty;

    public IEnumerable<IndikatorPk> SemuaIndikator => Struktur.SelectMany(p => p.Sasaran).SelectMany(s => s.Indikator);

    /// <summary>Sets a new structure; returns the frozen version to store when it differs from the current one.</summary>
    public PerjanjianKinerjaVersi? Revisi(List<PerspektifPk> struktur, Instant pada, string oleh, string? alasan)
    {
        if (Versi > 0 && SamaDengan(struktur))
        {
            return null;
        }

        Struktur = struktur;
        Versi++;
        DiubahPada = pada;
        DiubahOleh = oleh;
        return new PerjanjianKinerjaVersi(Id, Versi, struktur, pada, oleh, alasan);
    }

    private bool SamaDengan(List<PerspektifPk> lain) =>
        System.Text.Json.JsonSerializer.Serialize(Struktur, KinerjaJson.Options) == System.Text.Json.JsonSerializer.Serialize(lain, KinerjaJson.Options);
}

/// <summary>A frozen version of a PK's structure, with who revised it and why.</summary>
internal sealed class PerjanjianKinerjaVersi
{
    private PerjanjianKinerjaVersi()
    {
    }

    public PerjanjianKinerjaVersi(Guid pkId, int versi, List<PerspektifPk> struktur, Instant pada, string oleh, string? alasan)
    {
        Id = Guid.NewGuid();
        PkId = pkId;
        Versi = versi;
        Struktur = struktur;
        Pada = pada;
        Oleh = oleh;
        Alasan = alasan;
    }

    public Guid Id { get; private set; }

    public Guid PkId { get; private set; }

    public int Versi { get; private set; }

    public List<PerspektifPk> Struktur { get; private set; } = [];

    public Instant Pada { get; private set; }

    public string Oleh { get; private set; } = string.Empty;

    public string? Alasan { get; private set; }
}

using NodaTime;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>A deadline fixed by the calendar rather than by HK.</summary>
internal enum TenggatKalender
{
    /// <summary>No later than the 10th day after the quarter ends (SOP D step 8).</summary>
    HariKe10SetelahTriwulan = 1,
}

/// <summary>One step of an SOP as the SOP defines it (its Mutu Baku).</summary>
/// <param name="Nomor">Step number within the SOP.</param>
/// <param name="Kode">Code, e.g. "A4".</param>
/// <param name="Nama">Aktivitas.</param>
/// <param name="Pelaksana">Roles that perform it (our reading of the swim lanes; configurable per version).</param>
/// <param name="Kelengkapan">Required input as the SOP words it.</param>
/// <param name="KelengkapanDari">Steps whose output is that input; any one of them suffices. Empty: an external document.</param>
/// <param name="WaktuHk">Mutu Baku time in working days; null = N/A ("disesuaikan").</param>
/// <param name="Output">The document type the step produces.</param>
/// <param name="Keterangan">Notes.</param>
/// <param name="Opsional">Voluntary step that may be skipped.</param>
/// <param name="SiklusTahunan">Belongs to the yearly cycle (annual report, recap, directive, monev), not to one activity.</param>
/// <param name="LompatKe">A step this one may jump to, skipping those between (D3 → D7).</param>
/// <param name="SyaratLompat">When the jump applies.</param>
/// <param name="TenggatKalender">A calendar deadline that caps the HK deadline.</param>
internal sealed record DefinisiLangkah(
    int Nomor,
    string Kode,
    string Nama,
    IReadOnlyList<string> Pelaksana,
    string Kelengkapan,
    IReadOnlyList<string> KelengkapanDari,
    int? WaktuHk,
    string Output,
    string? Keterangan,
    bool Opsional,
    bool SiklusTahunan,
    string? LompatKe,
    string? SyaratLompat,
    TenggatKalender? TenggatKalender);

/// <summary>An SOP version: code, name, version, effective date and ordered steps. Running instances keep the
/// version they started with.</summary>
internal sealed record DefinisiSop(string Kode, string Nama, int Versi, LocalDate BerlakuMulai, IReadOnlyList<DefinisiLangkah> Langkah)
{
    public DefinisiLangkah CariLangkah(string kode) =>
        Langkah.SingleOrDefault(l => l.Kode == kode) ?? throw new ArgumentException($"Langkah {kode} tidak ada di {Kode} v{Versi}.", nameof(kode));

    /// <summary>Steps that may be skipped: voluntary ones, and those a jump passes over.</summary>
    public bool BolehDilewati(string kode)
    {
        var langkah = CariLangkah(kode);
        if (langkah.Opsional)
        {
            return true;
        }

        return Langkah.Any(l => l.LompatKe is { } ke && langkah.Nomor > l.Nomor && langkah.Nomor < CariLangkah(ke).Nomor);
    }
}

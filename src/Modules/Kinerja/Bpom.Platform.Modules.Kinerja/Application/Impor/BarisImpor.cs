using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>One CSV row, parsed.</summary>
internal sealed record BarisImpor(
    int Nomor, UnitOrganisasi Unit, int Tahun, string Periode, string Perspektif, string KodeSasaran, string NamaSasaran, bool HitungNko, string KodeIndikator,
    string NamaIndikator, string Satuan, ArahIndikator Arah, decimal? TargetTahunan, decimal? TargetPeriode, decimal? Realisasi)
{
    /// <summary>Optional column <c>penugasan_direktif</c> (ya/tidak); null = column absent or empty (kept as it is).</summary>
    public bool? PenugasanDirektif { get; init; }
}

internal static class FormatImpor
{
    public static readonly string[] Kolom =
        ["unit", "tahun", "periode", "perspektif", "kode_sasaran", "nama_sasaran", "hitung_nko", "kode_indikator", "nama_indikator", "satuan", "arah", "target_tahunan", "target_periode", "realisasi"];

    /// <summary>Columns a file may add (older files without them stay valid).</summary>
    public const string KolomDirektif = "penugasan_direktif";

    public static string Angka(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

using FluentValidation;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>
/// The amounts this domain has a use for: targets, realisations, budgets and counts are never negative, and nothing
/// reaches a thousand trillion (10¹⁵ — far above BPOM's whole budget in rupiah). Anything outside is a typo or a probe
/// and is refused with the field named — one rule for every amount.
/// </summary>
public static class AturanAngka
{
    public const decimal Batas = 1_000_000_000_000_000m;

    private const string Pesan = "Nilai harus antara 0 dan 1.000.000.000.000.000.";

    public static IRuleBuilderOptions<T, decimal?> NilaiWajar<T>(this IRuleBuilder<T, decimal?> aturan) =>
        aturan.Must(v => v is null || (v >= 0 && v < Batas)).WithMessage(Pesan);

    public static IRuleBuilderOptions<T, decimal> NilaiWajar<T>(this IRuleBuilder<T, decimal> aturan) =>
        aturan.Must(v => v >= 0 && v < Batas).WithMessage(Pesan);

    /// <summary>Whether every value is plausible (for maps such as targets per period).</summary>
    public static bool SemuaWajar(IEnumerable<decimal>? nilai) => nilai is null || nilai.All(v => v >= 0 && v < Batas);
}

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>One page of a list.</summary>
/// <param name="Item">The rows of this page.</param>
/// <param name="Total">Rows over all pages; when <paramref name="TotalPasti"/> is false, at least this many (lists of a
/// long history count up to a cap instead of every row).</param>
/// <param name="NomorHalaman">This page (from 1).</param>
/// <param name="UkuranHalaman">Rows per page.</param>
/// <param name="TotalPasti">Whether <paramref name="Total"/> is exact.</param>
public sealed record Halaman<T>(IReadOnlyList<T> Item, int Total, int NomorHalaman, int UkuranHalaman, bool TotalPasti = true)
{
    /// <summary>The most rows a list counts exactly; beyond it the total says "more than".</summary>
    public const int BatasHitung = 1000;

    /// <summary>How many rows to count for a page (<c>Take(n).Count()</c>): <see cref="BatasHitung"/>, or past the page
    /// when it lies deeper, plus one to tell "exactly" from "more than".</summary>
    public static int BatasUntuk(int nomorHalaman, int ukuranHalaman) => Math.Max(BatasHitung, nomorHalaman * ukuranHalaman) + 1;

    /// <summary>A page whose total was counted up to <paramref name="batas"/> (<see cref="BatasUntuk"/>) rows: exact
    /// below it, otherwise "at least <paramref name="batas"/> − 1".</summary>
    public static Halaman<T> DariHitungan(IReadOnlyList<T> item, int terhitung, int batas, int nomorHalaman, int ukuranHalaman) =>
        terhitung < batas ? new(item, terhitung, nomorHalaman, ukuranHalaman) : new(item, batas - 1, nomorHalaman, ukuranHalaman, TotalPasti: false);
}

/// <summary>How far a list export goes.</summary>
public static class BatasEkspor
{
    /// <summary>Most rows one export holds (every list's <c>/xlsx</c>); a longer list is cut there and says so.</summary>
    public const int Baris = 10_000;
}

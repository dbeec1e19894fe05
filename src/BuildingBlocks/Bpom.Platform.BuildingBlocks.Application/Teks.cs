namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>Text helpers shared by every module.</summary>
public static class Teks
{
    /// <summary>Fits a text into a column of <paramref name="maks"/> characters, marking the cut with "…".</summary>
    public static string? Potong(string? teks, int maks) =>
        teks is null || teks.Length <= maks ? teks : string.Concat(teks.AsSpan(0, maks - 1), "…");
}

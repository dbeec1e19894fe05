namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>One page of a list.</summary>
/// <param name="Item">The rows of this page.</param>
/// <param name="Total">Rows over all pages.</param>
/// <param name="NomorHalaman">This page (from 1).</param>
/// <param name="UkuranHalaman">Rows per page.</param>
public sealed record Halaman<T>(IReadOnlyList<T> Item, int Total, int NomorHalaman, int UkuranHalaman);

using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

/// <summary>
/// A page, and its capped count, over a <c>UNION ALL</c> of branches that each walk their own index (a UPT's list: one
/// branch per unit it reads plus the routed runs; the inbox: one per way a step reaches the user). PostgreSQL never
/// merges branches that have <c>WHERE</c> clauses in index order (it plans each as a subquery of its own), so each
/// branch is ordered and cut to what the page (or the count's cap) can need; the union of those few rows is then
/// ordered and paged (<c>Merge Append</c>). Branches passed as <c>utuh</c> are kept whole (few rows that cannot be
/// cut, such as the inbox's undated outputs to acknowledge).
/// </summary>
internal static class CabangBerurut
{
    /// <summary>The rows of page <c>lewati / ukuran + 1</c> in <paramref name="urutkan"/>'s order (an index's order,
    /// ending on a unique key).</summary>
    public static IQueryable<T> Halaman<T>(
        IReadOnlyList<IQueryable<T>> cabang, Func<IQueryable<T>, IQueryable<T>> urutkan, int lewati, int ukuran, params IQueryable<T>[] utuh) =>
        urutkan(cabang.Select(c => urutkan(c).Take(lewati + ukuran)).Concat(utuh).Aggregate((a, b) => a.Concat(b)))
            .Skip(lewati).Take(ukuran);

    /// <summary>How many rows the branches hold together, counted up to <paramref name="batas"/>.</summary>
    public static Task<int> HitungAsync<T>(IReadOnlyList<IQueryable<T>> cabang, int batas, CancellationToken cancellationToken, params IQueryable<T>[] utuh) =>
        cabang.Select(c => c.Take(batas)).Concat(utuh).Aggregate((a, b) => a.Concat(b)).Take(batas).CountAsync(cancellationToken);
}

using System.Linq.Expressions;

namespace Bpom.Platform.BuildingBlocks.Application.Persistence;

/// <summary>A module's table as code outside the module's persistence layer may use it: queries that the database
/// runs (the returned <see cref="IQueryable{T}"/> composes into SQL) and adding new rows, without naming EF Core.
/// Saving is the unit of work's (every command commits once).</summary>
public interface IRepositori<T>
    where T : class
{
    /// <summary>The rows, tracked for changes (<paramref name="lacak"/>) or read-only.</summary>
    IQueryable<T> Query(bool lacak = false);

    /// <summary>The one row matching, or null.</summary>
    Task<T?> CariAsync(Expression<Func<T, bool>> kriteria, bool lacak, CancellationToken cancellationToken);

    /// <summary>Runs a query built on <see cref="Query"/>.</summary>
    Task<List<TR>> DaftarAsync<TR>(IQueryable<TR> query, CancellationToken cancellationToken);

    void Tambah(T entity);
}

using System.Linq.Expressions;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary><see cref="IRepositori{T}"/> on a module's DbContext.</summary>
internal sealed class RepositoriEf<TContext, T>(TContext db) : IRepositori<T>
    where TContext : DbContext
    where T : class
{
    public IQueryable<T> Query(bool lacak = false) => lacak ? db.Set<T>() : db.Set<T>().AsNoTracking();

    public Task<T?> CariAsync(Expression<Func<T, bool>> kriteria, bool lacak, CancellationToken cancellationToken) =>
        Query(lacak).SingleOrDefaultAsync(kriteria, cancellationToken);

    public Task<List<TR>> DaftarAsync<TR>(IQueryable<TR> query, CancellationToken cancellationToken) => query.ToListAsync(cancellationToken);

    public void Tambah(T entity) => db.Set<T>().Add(entity);
}

public static class RepositoriServiceCollectionExtensions
{
    /// <summary>Exposes the <typeparamref name="T"/> table of <typeparamref name="TContext"/> as <see cref="IRepositori{T}"/>.</summary>
    public static IServiceCollection AddRepositori<TContext, T>(this IServiceCollection services)
        where TContext : DbContext
        where T : class =>
        services.AddScoped<IRepositori<T>, RepositoriEf<TContext, T>>();
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Runs each <see cref="ICommand{TResult}"/> in one database transaction on its module's DbContext and saves the
/// changes when the handler succeeds. A failing handler (or validation) leaves the database untouched.
/// Commands nested in an already open transaction join it.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleDbContextRegistry registry)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var contextType = request is ICommand<TResponse> ? registry.ContextFor(typeof(TRequest).Assembly) : null;
        if (contextType is null)
        {
            return await next();
        }

        var db = (DbContext)services.GetService(contextType)!;
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}

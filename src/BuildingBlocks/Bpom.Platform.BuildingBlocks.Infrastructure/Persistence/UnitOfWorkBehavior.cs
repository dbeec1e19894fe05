using Bpom.Platform.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The transaction of the outermost command in a scope, and the notifications waiting for its commit.</summary>
public sealed class TransaksiScope(IMediator mediator) : IIntegrationEvents
{
    private readonly List<INotification> _tertunda = [];

    public IDbContextTransaction? Current { get; internal set; }

    internal List<DbContext> Bergabung { get; } = [];

    public async Task PublishAsync(INotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (Current is not null)
        {
            _tertunda.Add(notification);
            return;
        }

        await mediator.Publish(notification, cancellationToken);
    }

    internal async Task PublishTertundaAsync(CancellationToken cancellationToken)
    {
        while (_tertunda.Count > 0)
        {
            var next = _tertunda[0];
            _tertunda.RemoveAt(0);
            await mediator.Publish(next, cancellationToken);
        }
    }

    internal void BuangTertunda() => _tertunda.Clear();
}

/// <summary>
/// Runs each <see cref="ICommand{TResult}"/> in one database transaction on its module's DbContext and saves the
/// changes when the handler succeeds. A failing handler (or validation) leaves the database untouched.
/// A command nested in another (e.g. an SOP module creating its engine instance) enlists its own module's context
/// in the same transaction: all module contexts of a scope share one connection. Notifications queued through
/// <see cref="IIntegrationEvents"/> are published after the outermost commit.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleDbContextRegistry registry, TransaksiScope transaksi)
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
        if (transaksi.Current is { } outer)
        {
            if (db.Database.CurrentTransaction is null)
            {
                await db.Database.UseTransactionAsync(outer.GetDbTransaction(), cancellationToken);
                transaksi.Bergabung.Add(db);
            }

            var nested = await next();
            await db.SaveChangesAsync(cancellationToken);
            return nested;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        transaksi.Current = transaction;
        TResponse response;
        try
        {
            response = await next();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            transaksi.BuangTertunda();
            throw;
        }
        finally
        {
            transaksi.Current = null;
            foreach (var other in transaksi.Bergabung)
            {
                await other.Database.UseTransactionAsync(null, CancellationToken.None);
            }

            transaksi.Bergabung.Clear();
        }

        await transaksi.PublishTertundaAsync(cancellationToken);
        return response;
    }
}

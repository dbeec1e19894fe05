using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Runs each <see cref="ICommand{TResult}"/> in one database transaction (<see cref="TransaksiScope"/>) and saves the
/// changes when the handler succeeds. A failing handler (or validation) leaves the database untouched. A command nested
/// in another (e.g. an SOP module creating its engine instance) runs in the same transaction: every module context of
/// the scope joins it. Integration events published by the command are written to the outbox in the transaction and
/// delivered right after the commit (a job's batch, <see cref="IKirimLatar"/>: by the background pass); a handler that
/// fails there never fails the command (the outbox retries it).
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    IServiceProvider services, ModuleDbContextRegistry registry, TransaksiScope transaksi, PengirimOutbox pengirim)
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
        if (transaksi.Current is not null)
        {
            var nested = await next();
            await db.SaveChangesAsync(cancellationToken);
            return nested;
        }

        await transaksi.MulaiAsync(cancellationToken);
        TResponse response;
        IReadOnlyList<Guid> pesan;
        try
        {
            response = await next();
            await db.SaveChangesAsync(cancellationToken);
            pesan = await transaksi.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaksi.SelesaiAsync();
        }

        if (request is not IKirimLatar)
        {
            await pengirim.KirimSetelahCommitAsync(pesan, cancellationToken);
        }

        return response;
    }
}

using MediatR;

namespace Bpom.Platform.BuildingBlocks.Application.Messaging;

/// <summary>A fact one module tells others (defined in its Contracts). Delivered through the outbox: at least once,
/// after the transaction that produced it committed; handlers must therefore be idempotent.</summary>
public interface IIntegrationEvent : INotification;

/// <summary>
/// Publishes integration events: each is written to the outbox in the current command's transaction, so it is
/// committed with the change or not at all, and delivered to the other modules' handlers after the commit (with
/// retries and a dead-letter state). Publishing outside a command is an error: there is no transaction to join.
/// </summary>
public interface IIntegrationEvents
{
    Task PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);

    /// <summary>Publishes a batch at once (written to the outbox in one <c>COPY</c>): for jobs that produce
    /// thousands.</summary>
    Task PublishManyAsync(IReadOnlyList<IIntegrationEvent> integrationEvents, CancellationToken cancellationToken);
}

using MediatR;

namespace Bpom.Platform.BuildingBlocks.Application.Messaging;

/// <summary>
/// Publishes notifications for other modules once the current command's transaction has committed (so a handler
/// never reacts to data that is then rolled back). Outside a command it publishes at once.
/// </summary>
public interface IIntegrationEvents
{
    Task PublishAsync(INotification notification, CancellationToken cancellationToken);
}

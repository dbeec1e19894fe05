using MediatR;

namespace Bpom.Platform.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state. Runs inside the unit-of-work/transaction behaviour.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

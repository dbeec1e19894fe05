using MediatR;

namespace Bpom.Platform.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state. Runs inside the unit-of-work/transaction behaviour.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>A national or unit recap: costly (it reads every unit's figures), read by many people at once, and fine a
/// few seconds old. Its answer is kept briefly per request and reader scope (<c>RekapSingkatBehavior</c>), so a crowd
/// opening the dashboard computes it once.</summary>
public interface IQueryRekap<out TResult> : IQuery<TResult>;

/// <summary>A command whose changes no recap reads (signing in, renewing and ending a session): it does not start a
/// new generation of the kept recaps (see <see cref="IQueryRekap{TResult}"/>) — sign-ins come every second.</summary>
public interface ITanpaPengaruhRekap;

/// <summary>A batch command (a scheduled job's batch) whose integration events are many and awaited by no one: they
/// are delivered by the outbox's background pass, in batches with the same guarantees, instead of one by one before
/// the job's next batch can start.</summary>
public interface IKirimLatar;

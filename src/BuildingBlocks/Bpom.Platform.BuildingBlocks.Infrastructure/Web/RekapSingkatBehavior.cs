using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using MediatR;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Keeps the answer of a recap (<see cref="IQueryRekap{TResult}"/>) for <c>Laporan:SimpanDetik</c> seconds (default
/// 30; 0 turns it off), keyed by the request (its type and values) and the reader's scope (roles and unit — the only
/// inputs of every recap's access rule), in this instance's memory. Readers who ask for the same recap while it is
/// being computed wait for that one computation instead of starting their own; a failed or cancelled computation is
/// not kept (the next reader computes again). The answers are immutable records, shared as they are.
/// <para>Every change that goes through the mediator (any request that is not a query, sign-ins aside) starts a new generation of
/// this instance's recaps: whoever saved something and opens a recap next sees it at once; the time limit covers the
/// changes that arrive otherwise (events delivered by the outbox, another instance's writes).</para>
/// </summary>
public sealed class RekapSingkatBehavior<TRequest, TResponse>(IMemoryCache cache, GenerasiRekap generasi, ICurrentUser user, IConfiguration configuration)
    : IPipelineBehavior<TRequest, TResponse>
{
    private readonly int _detik = configuration.GetValue("Laporan:SimpanDetik", 30);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not IQuery<TResponse> and not ITanpaPengaruhRekap)
        {
            var hasil = await next();
            generasi.Naikkan();
            return hasil;
        }

        if (request is not IQueryRekap<TResponse> || _detik <= 0 || !user.IsAuthenticated)
        {
            return await next();
        }

        var kunci = $"rekap|{generasi.Nilai}|{typeof(TRequest).FullName}|{request}|{user.UnitId:N}|{string.Join(',', user.Roles.Order(StringComparer.Ordinal))}";
        var milikSendiri = false;
        var entri = cache.GetOrCreate(kunci, e =>
        {
            milikSendiri = true;
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(_detik);
            return new Lazy<Task<TResponse>>(() => next(), LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return await entri.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (milikSendiri)
        {
            cache.Remove(kunci); // a failed or cancelled computation is not kept
            throw;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whoever started it failed or went away: this reader computes for itself.
            cache.Remove(kunci);
            return await next();
        }
    }
}

/// <summary>The generation of this instance's kept recaps (see <see cref="RekapSingkatBehavior{TRequest, TResponse}"/>): a
/// singleton of the host, like the memory cache it keys, so two hosts in one process (tests, a restarted instance)
/// never start each other's generations.</summary>
public sealed class GenerasiRekap
{
    private long _nilai;

    /// <summary>The current generation.</summary>
    public long Nilai => Volatile.Read(ref _nilai);

    /// <summary>Starts a new generation: every kept recap is computed afresh when read next.</summary>
    public void Naikkan() => Interlocked.Increment(ref _nilai);
}

using System.Data.Common;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The one transaction of a scope (a request, a job, an event delivery): begun on the scope's shared connection and
/// joined by every module's DbContext, so a command that reaches into another module's command (an SOP module creating
/// its engine instance) commits or rolls back as one. Integration events published meanwhile are written to the
/// outbox in that transaction.
/// </summary>
public sealed class TransaksiScope(KoneksiModul koneksi, ModuleDbContextRegistry registry, IServiceProvider services, IClock clock)
    : IIntegrationEvents
{
    private readonly List<DbContext> _bergabung = [];
    private readonly List<Guid> _pesan = [];
    private bool _committed;
    private bool _dibukaDiSini;

    public DbTransaction? Current { get; private set; }

    /// <summary>Begins the transaction and enlists every module context of the scope in it.</summary>
    public async Task MulaiAsync(CancellationToken cancellationToken)
    {
        if (Current is not null)
        {
            throw new InvalidOperationException("A transaction is already running in this scope.");
        }

        _dibukaDiSini = koneksi.Connection.State != System.Data.ConnectionState.Open;
        if (_dibukaDiSini)
        {
            await koneksi.Connection.OpenAsync(cancellationToken);
        }

        Current = await koneksi.Connection.BeginTransactionAsync(cancellationToken);
        _committed = false;
        foreach (var type in registry.ContextTypes)
        {
            var db = (DbContext)services.GetRequiredService(type);
            await db.Database.UseTransactionAsync(Current, cancellationToken);
            _bergabung.Add(db);
        }
    }

    public Task PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var pesan = Pesan(integrationEvent);
        services.GetRequiredService<OutboxDbContext>().Pesan.Add(pesan);
        _pesan.Add(pesan.Id);
        return Task.CompletedTask;
    }

    public async Task PublishManyAsync(IReadOnlyList<IIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvents);
        if (integrationEvents.Count == 0)
        {
            return;
        }

        var pesan = integrationEvents.Select(Pesan).ToList();
        await services.GetRequiredService<OutboxDbContext>().SalinAsync(pesan, cancellationToken);
        _pesan.AddRange(pesan.Select(p => p.Id));
    }

    private PesanOutbox Pesan(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (Current is null)
        {
            throw new InvalidOperationException(
                $"{integrationEvent.GetType().Name} was published outside a command: integration events are written in the transaction of the change that produces them.");
        }

        var sekarang = clock.GetCurrentInstant();
        return new PesanOutbox
        {
            Id = Guid.CreateVersion7(sekarang.ToDateTimeOffset()),
            Jenis = DaftarJenisPesan.Nama(integrationEvent),
            Isi = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), DaftarJenisPesan.Json),
            DibuatPada = sekarang,
            BerikutnyaPada = sekarang,
        };
    }

    /// <summary>Saves what any enlisted context still holds (the outbox included) and commits. Returns the outbox
    /// messages written, for delivery right after.</summary>
    public async Task<IReadOnlyList<Guid>> CommitAsync(CancellationToken cancellationToken)
    {
        var transaksi = Current ?? throw new InvalidOperationException("No transaction to commit.");
        foreach (var db in _bergabung.Where(d => d.ChangeTracker.HasChanges()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaksi.CommitAsync(cancellationToken);
        _committed = true;
        var pesan = _pesan.ToList();
        await SelesaiAsync();
        return pesan;
    }

    /// <summary>Rolls back (if still open) and leaves every context out of the transaction.</summary>
    public async Task SelesaiAsync()
    {
        if (Current is null)
        {
            return;
        }

        foreach (var db in _bergabung)
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
        }

        _bergabung.Clear();
        _pesan.Clear();
        var transaksi = Current;
        Current = null;
        try
        {
            if (!_committed)
            {
                await transaksi.RollbackAsync(CancellationToken.None);
            }
        }
        finally
        {
            await transaksi.DisposeAsync();

            // Back to the pool at once: delivering the outbox right after the commit (and whatever else the request
            // does) opens connections of its own, and a request must never hold one while waiting for another — at
            // the pool's size in concurrent commands that is pool starvation.
            if (_dibukaDiSini)
            {
                await koneksi.Connection.CloseAsync();
                _dibukaDiSini = false;
            }
        }
    }
}

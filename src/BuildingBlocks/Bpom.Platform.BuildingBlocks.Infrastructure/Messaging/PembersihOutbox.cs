using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Daily: removes delivered messages older than <see cref="OpsiOutbox.SimpanHari"/> days and their inbox
/// rows (dead letters stay until an operator deals with them).</summary>
public sealed class PembersihOutbox(OutboxDbContext db, IClock clock, IOptions<OpsiOutbox> opsi) : IJobBerulang
{
    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        var batas = clock.GetCurrentInstant() - Duration.FromDays(opsi.Value.SimpanHari);
        var lama = db.Pesan.Where(p => p.Status == StatusPesan.Terkirim && p.TerkirimPada < batas).Select(p => p.Id);
        await db.Diproses.Where(d => lama.Contains(d.PesanId)).ExecuteDeleteAsync(cancellationToken);
        await db.Pesan.Where(p => p.Status == StatusPesan.Terkirim && p.TerkirimPada < batas).ExecuteDeleteAsync(cancellationToken);

        // Idempotency keys are honoured for a day.
        var batasKunci = clock.GetCurrentInstant() - Duration.FromHours(24);
        await db.Idempotensi.Where(k => k.DibuatPada < batasKunci).ExecuteDeleteAsync(cancellationToken);
    }
}

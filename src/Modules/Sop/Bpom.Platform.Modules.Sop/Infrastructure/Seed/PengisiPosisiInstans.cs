using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Seed;

/// <summary>At start-up, computes the position columns (current step, overdue-from, the sweep's next rung) of runs
/// stored before they existed or under older rules (<see cref="InstansSop.PosisiVersi"/>), 500 at a time; a no-op query
/// once done.</summary>
internal sealed class PengisiPosisiInstans(SopDbContext db, IKalenderHariKerjaSource kalenderSource, IClock clock) : IDataSeeder
{
    private const int Ukuran = 500;

    public int Order => 25;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        while (true)
        {
            var batch = await db.Instans.Where(i => i.PosisiVersi < InstansSop.VersiPosisi).OrderBy(i => i.Id).Take(Ukuran)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            var sekarang = clock.GetCurrentInstant();
            foreach (var instans in batch)
            {
                instans.PerbaruiPosisi(kalender, sekarang, paksa: true);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}

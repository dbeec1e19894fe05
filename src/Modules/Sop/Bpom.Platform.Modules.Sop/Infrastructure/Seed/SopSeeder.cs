using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Seed;

/// <summary>Stores each SOP version the SOP modules ship that is not stored yet. A stored version is never changed: a revised
/// SOP ships as a new version, and running instances keep the version they started with.</summary>
internal sealed class SopSeeder(SopDbContext db, IEnumerable<DeskripsiSop> modul) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var ada = (await db.DefinisiSop.Select(d => new { d.Kode, d.Versi }).ToListAsync(cancellationToken))
            .Select(d => (d.Kode, d.Versi)).ToHashSet();
        foreach (var sop in SeedSop.Baca(modul).Where(s => !ada.Contains((s.Kode, s.Versi))))
        {
            db.DefinisiSop.Add(new DefinisiSopRow
            {
                Id = Guid.CreateVersion7(),
                Kode = sop.Kode,
                Nama = sop.Nama,
                Versi = sop.Versi,
                BerlakuMulai = sop.BerlakuMulai,
                Langkah = KatalogSop.Serialize(sop.Langkah),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;

/// <summary>The Pemberdayaan module's data, in schema <c>pemberdayaan</c>: activities and the kader they formed.
/// Steps, documents and audit live in the SOP engine's schema (<see cref="KegiatanPemberdayaan.InstansId"/>).</summary>
internal sealed class PemberdayaanDbContext(DbContextOptions<PemberdayaanDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "pemberdayaan";

    public DbSet<KegiatanPemberdayaan> Kegiatan => Set<KegiatanPemberdayaan>();

    public DbSet<Kader> Kader => Set<Kader>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The kader registry's search by part of a name is a trigram index search.
        modelBuilder.HasPostgresExtension("pg_trgm");
    }
}

internal sealed class PemberdayaanDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<PemberdayaanDbContext>(PemberdayaanDbContext.Schema);

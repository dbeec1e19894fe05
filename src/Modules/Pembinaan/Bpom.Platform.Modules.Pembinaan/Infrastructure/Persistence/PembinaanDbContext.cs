using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;

/// <summary>The Pembinaan module's data, in schema <c>pembinaan</c>: activities and the registry of parties guided.
/// Steps, routings, documents and audit live in the SOP engine's schema (<see cref="KegiatanPembinaan.InstansId"/>).</summary>
internal sealed class PembinaanDbContext(DbContextOptions<PembinaanDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "pembinaan";

    public DbSet<KegiatanPembinaan> Kegiatan => Set<KegiatanPembinaan>();

    public DbSet<SasaranPembinaan> Sasaran => Set<SasaranPembinaan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The registry's search by part of a name is a trigram index search.
        modelBuilder.HasPostgresExtension("pg_trgm");
    }
}

internal sealed class PembinaanDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<PembinaanDbContext>(PembinaanDbContext.Schema);

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;

/// <summary>The module's data, in schema <c>fasilitator</c>: cohorts, the facilitator registry, their path per cohort,
/// certificates and assignments. Steps, documents and audit live in the SOP engine (<see cref="Angkatan.InstansId"/>).</summary>
internal sealed class FasilitatorDbContext(DbContextOptions<FasilitatorDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "fasilitator";

    public DbSet<Angkatan> Angkatan => Set<Angkatan>();

    public DbSet<Fasilitator> Fasilitator => Set<Fasilitator>();

    public DbSet<PesertaAngkatan> Peserta => Set<PesertaAngkatan>();

    public DbSet<PendampinganFasilitator> Pendampingan => Set<PendampinganFasilitator>();

    public DbSet<LaporanMonevTriwulan> MonevTriwulan => Set<LaporanMonevTriwulan>();
}

internal sealed class FasilitatorDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<FasilitatorDbContext>(FasilitatorDbContext.Schema);

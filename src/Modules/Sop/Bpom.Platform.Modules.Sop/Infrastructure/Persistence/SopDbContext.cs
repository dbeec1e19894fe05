using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence;

/// <summary>The SOP engine's data, in schema <c>sop</c> (mapping in <c>Konfigurasi/</c>).</summary>
internal sealed class SopDbContext(DbContextOptions<SopDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "sop";

    public DbSet<DefinisiSopRow> DefinisiSop => Set<DefinisiSopRow>();

    public DbSet<InstansSop> Instans => Set<InstansSop>();

    public DbSet<LangkahSop> Langkah => Set<LangkahSop>();

    public DbSet<DokumenSop> Dokumen => Set<DokumenSop>();

    public DbSet<CatatanAudit> Audit => Set<CatatanAudit>();

    public DbSet<Rekomendasi> Rekomendasi => Set<Rekomendasi>();

    public DbSet<TindakLanjut> TindakLanjut => Set<TindakLanjut>();

    public DbSet<PenugasanLangkah> Penugasan => Set<PenugasanLangkah>();

    public DbSet<UmpanKalender> UmpanKalender => Set<UmpanKalender>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Trigram indexes make the lists' "cari" (part of a title) an index search (a trusted extension: the
        // database owner may create it).
        modelBuilder.HasPostgresExtension("pg_trgm");
    }
}

internal sealed class SopDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<SopDbContext>(SopDbContext.Schema);

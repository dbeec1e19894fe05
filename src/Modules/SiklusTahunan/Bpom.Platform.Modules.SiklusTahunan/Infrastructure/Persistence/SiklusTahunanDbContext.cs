using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence;

/// <summary>The yearly cycle's data, in schema <c>siklus</c>: cycles and the units' reports (narrative). Steps,
/// documents, directives and audit live in the SOP engine's schema.</summary>
internal sealed class SiklusTahunanDbContext(DbContextOptions<SiklusTahunanDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "siklus";

    public DbSet<SiklusSop> Siklus => Set<SiklusSop>();

    public DbSet<LaporanTahunan> Laporan => Set<LaporanTahunan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SiklusSop>(b =>
        {
            b.ToTable("siklus");
            b.HasKey(x => x.Id);
            b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
            b.HasIndex(x => new { x.KodeSop, x.Tahun }).IsUnique();
        });
        modelBuilder.Entity<LaporanTahunan>(b =>
        {
            b.ToTable("laporan");
            b.HasKey(x => x.Id);
            b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
            b.Property(x => x.Capaian).HasMaxLength(20000).IsRequired();
            b.Property(x => x.Kendala).HasMaxLength(20000).IsRequired();
            b.Property(x => x.RencanaTindakLanjut).HasMaxLength(20000).IsRequired();
            b.Property(x => x.Versi).IsConcurrencyToken();
            b.HasOne<SiklusSop>().WithMany().HasForeignKey(x => x.SiklusId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.SiklusId, x.UnitId }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun });
            b.HasIndex(x => x.PenyetujuUnitId).HasFilter("\"PenyetujuUnitId\" IS NOT NULL");
        });
    }
}

internal sealed class SiklusTahunanDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<SiklusTahunanDbContext>(SiklusTahunanDbContext.Schema);

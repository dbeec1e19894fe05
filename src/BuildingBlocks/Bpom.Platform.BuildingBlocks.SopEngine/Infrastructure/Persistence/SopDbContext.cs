using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;

/// <summary>A stored SOP version; its steps are kept as JSON so a version is immutable once instances use it.</summary>
public sealed class DefinisiSopRow
{
    public Guid Id { get; set; }

    public string Kode { get; set; } = string.Empty;

    public string Nama { get; set; } = string.Empty;

    public int Versi { get; set; }

    public LocalDate BerlakuMulai { get; set; }

    /// <summary>The steps (<see cref="Domain.DefinisiLangkah"/>[]) as JSON.</summary>
    public string Langkah { get; set; } = "[]";
}

/// <summary>The SOP engine's data, in schema <c>sop</c>.</summary>
public sealed class SopDbContext(DbContextOptions<SopDbContext> options) : DbContext(options)
{
    public const string Schema = "sop";

    public DbSet<DefinisiSopRow> DefinisiSop => Set<DefinisiSopRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DefinisiSopRow>(b =>
        {
            b.ToTable("definisi_sop");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kode).HasMaxLength(40).IsRequired();
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.Langkah).HasColumnType("jsonb").IsRequired();
            b.HasIndex(x => new { x.Kode, x.Versi }).IsUnique();
        });
    }
}

internal sealed class SopDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SopDbContext>
{
    public SopDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SopDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", SopDbContext.Schema))
        .Options);
}

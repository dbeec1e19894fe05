using Bpom.Platform.Modules.Pembinaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;

/// <summary>The Pembinaan module's data, in schema <c>pembinaan</c>: activities and the registry of parties guided.
/// Steps, routings, documents and audit live in the SOP engine's schema (<see cref="KegiatanPembinaan.InstansId"/>).</summary>
public sealed class PembinaanDbContext(DbContextOptions<PembinaanDbContext> options) : DbContext(options)
{
    public const string Schema = "pembinaan";

    public DbSet<KegiatanPembinaan> Kegiatan => Set<KegiatanPembinaan>();

    public DbSet<SasaranPembinaan> Sasaran => Set<SasaranPembinaan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<KegiatanPembinaan>(b =>
        {
            b.ToTable("kegiatan");
            b.HasKey(x => x.Id);
            b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
            b.Property(x => x.Asal).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
            b.Property(x => x.Komoditas).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Fungsi).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Bentuk).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Lokasi).HasMaxLength(300).IsRequired();
            b.Property(x => x.SasaranIds).IsRequired();
            b.HasIndex(x => x.InstansId).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun });
            b.HasIndex(x => x.SasaranIds).HasMethod("gin");
        });

        modelBuilder.Entity<SasaranPembinaan>(b =>
        {
            b.ToTable("sasaran");
            b.HasKey(x => x.Id);
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.Nib).HasMaxLength(13);
            b.Property(x => x.Provinsi).HasMaxLength(100).IsRequired();
            b.Property(x => x.KabupatenKota).HasMaxLength(100).IsRequired();
            b.Property(x => x.Kunci).HasMaxLength(500).IsRequired();
            b.HasIndex(x => x.Kunci).IsUnique();
            b.HasIndex(x => x.Nib).IsUnique().HasFilter("\"Nib\" IS NOT NULL");
        });
    }
}

internal sealed class PembinaanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PembinaanDbContext>
{
    public PembinaanDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PembinaanDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", PembinaanDbContext.Schema))
        .Options);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.Modules.Advokasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;

/// <summary>The Advokasi module's data, in schema <c>advokasi</c>. Steps, documents and audit live in the SOP
/// engine's schema, referred to by <see cref="KegiatanAdvokasi.InstansId"/>.</summary>
public sealed class AdvokasiDbContext(DbContextOptions<AdvokasiDbContext> options) : DbContext(options)
{
    public const string Schema = "advokasi";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<KegiatanAdvokasi> Kegiatan => Set<KegiatanAdvokasi>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<KegiatanAdvokasi>(b =>
        {
            b.ToTable("kegiatan");
            b.HasKey(x => x.Id);
            b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
            b.Property(x => x.Topik).HasMaxLength(500).IsRequired();
            b.Property(x => x.Komoditas).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Bentuk).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.BentukLainnya).HasMaxLength(100);
            b.Property(x => x.Lokasi).HasMaxLength(300).IsRequired();
            b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
            b.Property(x => x.PemangkuKepentingan)
                .HasColumnType("jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, Json),
                    v => JsonSerializer.Deserialize<List<PemangkuKepentingan>>(v, Json) ?? new List<PemangkuKepentingan>(),
                    new ValueComparer<List<PemangkuKepentingan>>(
                        (a, c) => a!.SequenceEqual(c!),
                        v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.GetHashCode())),
                        v => v.ToList()));
            b.HasIndex(x => x.InstansId).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun });
        });
    }
}

internal sealed class AdvokasiDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AdvokasiDbContext>
{
    public AdvokasiDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AdvokasiDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", AdvokasiDbContext.Schema))
        .Options);
}

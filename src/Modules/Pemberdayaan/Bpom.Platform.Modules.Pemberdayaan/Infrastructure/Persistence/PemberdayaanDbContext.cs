using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;

/// <summary>The Pemberdayaan module's data, in schema <c>pemberdayaan</c>: activities and the kader they formed.
/// Steps, documents and audit live in the SOP engine's schema (<see cref="KegiatanPemberdayaan.InstansId"/>).</summary>
public sealed class PemberdayaanDbContext(DbContextOptions<PemberdayaanDbContext> options) : DbContext(options)
{
    public const string Schema = "pemberdayaan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<KegiatanPemberdayaan> Kegiatan => Set<KegiatanPemberdayaan>();

    public DbSet<Kader> Kader => Set<Kader>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<KegiatanPemberdayaan>(b =>
        {
            b.ToTable("kegiatan");
            b.HasKey(x => x.Id);
            b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
            b.Property(x => x.Program).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.ProgramLainnya).HasMaxLength(100);
            b.Property(x => x.Bentuk).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.Lokasi).HasMaxLength(300).IsRequired();
            b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
            b.Property(x => x.Komunitas)
                .HasColumnType("jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, Json),
                    v => JsonSerializer.Deserialize<List<KomunitasSasaran>>(v, Json) ?? new List<KomunitasSasaran>(),
                    new ValueComparer<List<KomunitasSasaran>>(
                        (a, c) => a!.SequenceEqual(c!),
                        v => v.Aggregate(0, (h, k) => HashCode.Combine(h, k.GetHashCode())),
                        v => v.ToList()));
            b.Ignore(x => x.Kader);
            b.HasMany<Kader>("_kader").WithOne().HasForeignKey(k => k.KegiatanId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation("_kader").AutoInclude();
            b.HasIndex(x => x.InstansId).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun });
        });

        modelBuilder.Entity<Kader>(b =>
        {
            b.ToTable("kader");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.Peran).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Komunitas).HasMaxLength(200).IsRequired();
            b.Property(x => x.Kontak).HasMaxLength(100);
            b.HasIndex(x => x.Nama);
        });
    }
}

internal sealed class PemberdayaanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PemberdayaanDbContext>
{
    public PemberdayaanDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PemberdayaanDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", PemberdayaanDbContext.Schema))
        .Options);
}

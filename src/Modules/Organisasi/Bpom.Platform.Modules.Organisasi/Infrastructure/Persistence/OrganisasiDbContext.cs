using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;

/// <summary>The Organisasi module's data, in schema <c>organisasi</c>.</summary>
public sealed class OrganisasiDbContext(DbContextOptions<OrganisasiDbContext> options) : DbContext(options)
{
    public const string Schema = "organisasi";

    public DbSet<UnitKerja> UnitKerja => Set<UnitKerja>();

    public DbSet<Pengguna> Pengguna => Set<Pengguna>();

    public DbSet<TanggalLibur> TanggalLibur => Set<TanggalLibur>();

    public DbSet<PengaturanKalender> PengaturanKalender => Set<PengaturanKalender>();

    public DbSet<RiwayatSeed> RiwayatSeed => Set<RiwayatSeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<UnitKerja>(b =>
        {
            b.ToTable("unit_kerja");
            b.HasKey(x => x.Id);
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.HasIndex(x => x.Nama).IsUnique();
            b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(30);
            b.Property(x => x.Kategori).HasMaxLength(50);
            b.Property(x => x.Eselon1).HasMaxLength(100);
            b.Property(x => x.Kota).HasMaxLength(100);
            b.Property(x => x.Provinsi).HasMaxLength(100).IsRequired();
            b.Property(x => x.ZonaWaktu).HasMaxLength(64).IsRequired();
            b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.KoordinatorId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Pengguna>(b =>
        {
            b.ToTable("pengguna");
            b.HasKey(x => x.Id);
            b.Property(x => x.Username).HasMaxLength(64).IsRequired();
            b.HasIndex(x => x.Username).IsUnique();
            b.Property(x => x.NamaLengkap).HasMaxLength(200).IsRequired();
            b.Property(x => x.PasswordHash).IsRequired();
            b.Property(x => x.Peran).HasColumnType("text[]");
            b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<TanggalLibur>(b =>
        {
            b.ToTable("tanggal_libur");
            b.HasKey(x => x.Id);
            b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.DasarHukum).HasMaxLength(300);
            b.HasIndex(x => new { x.Tanggal, x.Nama }).IsUnique();
        });

        modelBuilder.Entity<PengaturanKalender>(b =>
        {
            b.ToTable("pengaturan_kalender");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.DiubahOleh).HasMaxLength(64);
            b.Property(x => x.Versi).IsConcurrencyToken();
        });

        modelBuilder.Entity<RiwayatSeed>(b =>
        {
            b.ToTable("riwayat_seed");
            b.HasKey(x => x.Kunci);
            b.Property(x => x.Kunci).HasMaxLength(100);
        });
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class OrganisasiDbContextDesignTimeFactory : IDesignTimeDbContextFactory<OrganisasiDbContext>
{
    public OrganisasiDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OrganisasiDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o
            .UseNodaTime()
            .MigrationsHistoryTable("__ef_migrations_history", OrganisasiDbContext.Schema))
        .Options);
}

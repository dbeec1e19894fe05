using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;

/// <summary>Notifications and their claims, in schema <c>notifikasi</c>.</summary>
internal sealed class NotifikasiDbContext(DbContextOptions<NotifikasiDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "notifikasi";

    public DbSet<NotifikasiPengguna> Notifikasi => Set<NotifikasiPengguna>();

    public DbSet<KlaimNotifikasi> Klaim => Set<KlaimNotifikasi>();
}

internal sealed class NotifikasiPenggunaConfiguration : IEntityTypeConfiguration<NotifikasiPengguna>
{
    public void Configure(EntityTypeBuilder<NotifikasiPengguna> b)
    {
        b.ToTable("notifikasi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
        b.Property(x => x.Pesan).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Modul).HasMaxLength(60);
        b.Property(x => x.LangkahKode).HasMaxLength(10);
        b.Property(x => x.Parameter).HasMaxLength(500);
        b.HasIndex(x => new { x.PenggunaId, x.DibacaPada, x.DibuatPada });
    }
}

internal sealed class KlaimNotifikasiConfiguration : IEntityTypeConfiguration<KlaimNotifikasi>
{
    public void Configure(EntityTypeBuilder<KlaimNotifikasi> b)
    {
        b.ToTable("klaim");
        b.HasKey(x => x.Kunci);
        b.Property(x => x.Kunci).HasMaxLength(200);
    }
}

internal sealed class NotifikasiDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<NotifikasiDbContext>(NotifikasiDbContext.Schema);

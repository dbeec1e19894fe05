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

    public DbSet<SurelKeluar> Surel => Set<SurelKeluar>();

    public DbSet<PreferensiSurel> Preferensi => Set<PreferensiSurel>();
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

internal sealed class SurelKeluarConfiguration : IEntityTypeConfiguration<SurelKeluar>
{
    public void Configure(EntityTypeBuilder<SurelKeluar> b)
    {
        b.ToTable("surel");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kunci).HasMaxLength(200).IsRequired();
        b.HasIndex(x => x.Kunci).IsUnique();
        b.Property(x => x.Alamat).HasMaxLength(254);
        b.Property(x => x.Subjek).HasMaxLength(400);
        b.Property(x => x.Galat).HasMaxLength(1000);

        // What the sender claims (due mails), what a digest collects, what admins see: each a small partial index.
        b.HasIndex(x => x.CobaLagiPada).HasFilter("\"Status\" = 1").HasDatabaseName("IX_surel_menunggu");
        b.HasIndex(x => x.PenggunaId).HasFilter("\"Status\" = 5").HasDatabaseName("IX_surel_menunggu_ringkasan");
        b.HasIndex(x => x.SelesaiPada).HasFilter("\"Status\" = 3").HasDatabaseName("IX_surel_gagal");
    }
}

internal sealed class PreferensiSurelConfiguration : IEntityTypeConfiguration<PreferensiSurel>
{
    public void Configure(EntityTypeBuilder<PreferensiSurel> b)
    {
        b.ToTable("preferensi_surel");
        b.HasKey(x => x.PenggunaId);
        b.Property(x => x.PenggunaId).ValueGeneratedNever();
        b.Property(x => x.Versi).IsRowVersion();

        // Who gets a digest: only users who chose it for some kind.
        b.HasIndex(x => x.PenggunaId).HasFilter("\"Pengingat\" = 2 OR \"Eskalasi\" = 2 OR \"Informasi\" = 2").HasDatabaseName("IX_preferensi_surel_ringkasan");
    }
}

internal sealed class NotifikasiDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<NotifikasiDbContext>(NotifikasiDbContext.Schema);

using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class UnitKerjaConfiguration : IEntityTypeConfiguration<UnitKerja>
{
    public void Configure(EntityTypeBuilder<UnitKerja> b)
    {
        b.ToTable("unit_kerja");
        b.HasKey(x => x.Id);
        b.Property(x => x.Versi).IsRowVersion();
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.HasIndex(x => x.Nama).IsUnique();
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Kategori).HasMaxLength(50);
        b.Property(x => x.Eselon1).HasMaxLength(100);
        b.Property(x => x.Kota).HasMaxLength(100);
        b.Property(x => x.Provinsi).HasMaxLength(100).IsRequired();
        b.Property(x => x.ZonaWaktu).HasMaxLength(64).IsRequired();
        b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.KoordinatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

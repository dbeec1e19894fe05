using Bpom.Platform.Modules.Pembinaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence.Konfigurasi;

internal sealed class KegiatanPembinaanConfiguration : IEntityTypeConfiguration<KegiatanPembinaan>
{
    public void Configure(EntityTypeBuilder<KegiatanPembinaan> b)
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
        b.Property(x => x.UnitTerlibat).IsRequired().HasDefaultValueSql("'{}'::uuid[]");
        b.HasIndex(x => x.UnitTerlibat).HasMethod("gin");
        b.HasIndex(x => new { x.UnitId, x.Tahun });
        b.HasIndex(x => x.SasaranIds).HasMethod("gin");
    }
}

using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Konfigurasi;

internal sealed class AngkatanConfiguration : IEntityTypeConfiguration<Angkatan>
{
    public void Configure(EntityTypeBuilder<Angkatan> b)
    {
        b.ToTable("angkatan");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
        b.Property(x => x.LembagaPelatihan).HasMaxLength(300).IsRequired();
        b.Property(x => x.UptIds).IsRequired();
        b.HasIndex(x => x.InstansId).IsUnique();
        b.Property(x => x.UnitTerlibat).IsRequired().HasDefaultValueSql("'{}'::uuid[]");
        b.HasIndex(x => x.UnitTerlibat).HasMethod("gin");
        b.HasIndex(x => new { x.UnitId, x.Tahun });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class DefinisiSopRowConfiguration : IEntityTypeConfiguration<DefinisiSopRow>
{
    public void Configure(EntityTypeBuilder<DefinisiSopRow> b)
    {
        b.ToTable("definisi_sop");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kode).HasMaxLength(40).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.Langkah).HasColumnType("jsonb").IsRequired();
        b.HasIndex(x => new { x.Kode, x.Versi }).IsUnique();
    }
}

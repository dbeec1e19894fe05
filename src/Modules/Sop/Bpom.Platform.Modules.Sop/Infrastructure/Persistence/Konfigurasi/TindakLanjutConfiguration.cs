using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class TindakLanjutConfiguration : IEntityTypeConfiguration<TindakLanjut>
{
    public void Configure(EntityTypeBuilder<TindakLanjut> b)
    {
        b.ToTable("tindak_lanjut");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Uraian).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Catatan).HasMaxLength(1000);
        b.HasOne<DokumenSop>().WithMany().HasForeignKey(x => x.BuktiDokumenId).OnDelete(DeleteBehavior.Restrict);
    }
}

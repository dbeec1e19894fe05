using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Konfigurasi;

internal sealed class PendampinganFasilitatorConfiguration : IEntityTypeConfiguration<PendampinganFasilitator>
{
    public void Configure(EntityTypeBuilder<PendampinganFasilitator> b)
    {
        b.ToTable("pendampingan");
        b.HasKey(x => x.Id);
        b.Property(x => x.NamaUsaha).HasMaxLength(200).IsRequired();
        b.Property(x => x.Nib).HasMaxLength(13);
        b.Property(x => x.Catatan).HasMaxLength(1000);
        b.HasOne<Fasilitator>().WithMany().HasForeignKey(x => x.FasilitatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FasilitatorId);
    }
}

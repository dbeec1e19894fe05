using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class IsiDokumenConfiguration : IEntityTypeConfiguration<IsiDokumen>
{
    public void Configure(EntityTypeBuilder<IsiDokumen> b)
    {
        b.ToTable("dokumen_isi");
        b.HasKey(x => x.DokumenId);
        b.HasOne<DokumenSop>().WithOne().HasForeignKey<IsiDokumen>(x => x.DokumenId).OnDelete(DeleteBehavior.Restrict);
    }
}

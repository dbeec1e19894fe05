using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class DokumenSopConfiguration : IEntityTypeConfiguration<DokumenSop>
{
    public void Configure(EntityTypeBuilder<DokumenSop> b)
    {
        b.ToTable("dokumen");
        b.HasKey(x => x.Id);
        b.Property(x => x.LangkahKode).HasMaxLength(10).IsRequired();
        b.Property(x => x.NamaBerkas).HasMaxLength(255).IsRequired();
        b.Property(x => x.JenisKonten).HasMaxLength(150).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.DiunggahOlehNama).HasMaxLength(200).IsRequired();
        b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.InstansId, x.LangkahKode, x.Jenis, x.Versi }).IsUnique();
    }
}

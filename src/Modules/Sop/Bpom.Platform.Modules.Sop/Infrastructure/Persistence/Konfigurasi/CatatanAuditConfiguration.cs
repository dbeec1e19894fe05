using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class CatatanAuditConfiguration : IEntityTypeConfiguration<CatatanAudit>
{
    public void Configure(EntityTypeBuilder<CatatanAudit> b)
    {
        b.ToTable("jejak_audit");
        b.HasKey(x => x.Id);
        b.Property(x => x.Urutan).UseIdentityAlwaysColumn();
        b.Property(x => x.LangkahKode).HasMaxLength(10);
        b.Property(x => x.Aksi).HasMaxLength(60).IsRequired();
        b.Property(x => x.Dari).HasMaxLength(40);
        b.Property(x => x.Ke).HasMaxLength(40);
        b.Property(x => x.Alasan).HasMaxLength(1000);
        b.Property(x => x.Keterangan).HasMaxLength(1000);
        b.Property(x => x.NamaPengguna).HasMaxLength(200).IsRequired();
        b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.InstansId, x.Waktu });
    }
}

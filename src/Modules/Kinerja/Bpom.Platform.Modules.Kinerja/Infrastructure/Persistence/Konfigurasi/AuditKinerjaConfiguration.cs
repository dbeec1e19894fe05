using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class AuditKinerjaConfiguration : IEntityTypeConfiguration<AuditKinerja>
{
    public void Configure(EntityTypeBuilder<AuditKinerja> b)
    {
        b.ToTable("audit");
        b.HasKey(x => x.Id);
        b.Property(x => x.Periode).HasMaxLength(4);
        b.Property(x => x.Aksi).HasMaxLength(40);
        b.Property(x => x.Keterangan).HasMaxLength(2000);
        b.Property(x => x.Alasan).HasMaxLength(1000);
        b.Property(x => x.Oleh).HasMaxLength(100);
        b.HasIndex(x => new { x.UnitId, x.Tahun });
    }
}

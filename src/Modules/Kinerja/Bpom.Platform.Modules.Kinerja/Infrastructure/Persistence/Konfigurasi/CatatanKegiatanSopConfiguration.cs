using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class CatatanKegiatanSopConfiguration : IEntityTypeConfiguration<CatatanKegiatanSop>
{
    public void Configure(EntityTypeBuilder<CatatanKegiatanSop> b)
    {
        b.ToTable("kegiatan_sop");
        b.HasKey(x => x.InstansId);
        b.Property(x => x.KodeSop).HasMaxLength(30);
        b.Property(x => x.Modul).HasMaxLength(50);
        b.HasIndex(x => new { x.UnitId, x.TanggalSelesai }).IncludeProperties(x => x.KodeSop);
        b.HasIndex(x => x.TanggalSelesai).HasDatabaseName("IX_kegiatan_sop_selesai").IncludeProperties(x => new { x.UnitId, x.KodeSop });
    }
}

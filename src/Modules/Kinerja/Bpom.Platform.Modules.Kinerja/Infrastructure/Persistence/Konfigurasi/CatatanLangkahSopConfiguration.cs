using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class CatatanLangkahSopConfiguration : IEntityTypeConfiguration<CatatanLangkahSop>
{
    public void Configure(EntityTypeBuilder<CatatanLangkahSop> b)
    {
        b.ToTable("langkah_sop");
        b.HasKey(x => new { x.InstansId, x.LangkahKode });
        b.Property(x => x.LangkahKode).HasMaxLength(10);
        b.Property(x => x.KodeSop).HasMaxLength(30);
        b.Property(x => x.Modul).HasMaxLength(50);
        b.HasIndex(x => new { x.UnitId, x.TanggalSelesai });
        b.HasIndex(x => new { x.UnitId, x.JatuhTempo });
    }
}

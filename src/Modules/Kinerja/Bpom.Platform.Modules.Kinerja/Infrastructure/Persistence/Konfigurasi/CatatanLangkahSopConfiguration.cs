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
        b.HasIndex(x => new { x.UnitId, x.TanggalSelesai }).IncludeProperties(x => new { x.KodeSop, x.TepatWaktu });
        b.HasIndex(x => new { x.UnitId, x.JatuhTempo });

        // National reads of a period (comparison, compliance): finished steps by date, open steps by due date.
        b.HasIndex(x => x.TanggalSelesai).HasDatabaseName("IX_langkah_sop_selesai").HasFilter("\"TanggalSelesai\" IS NOT NULL")
            .IncludeProperties(x => new { x.UnitId, x.KodeSop, x.TepatWaktu });
        b.HasIndex(x => x.JatuhTempo).HasDatabaseName("IX_langkah_sop_terbuka").HasFilter("\"TanggalSelesai\" IS NULL");
    }
}

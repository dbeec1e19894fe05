using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class PenugasanLangkahConfiguration : IEntityTypeConfiguration<PenugasanLangkah>
{
    public void Configure(EntityTypeBuilder<PenugasanLangkah> b)
    {
        b.ToTable("penugasan_langkah");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LangkahKode).HasMaxLength(10).IsRequired();
        b.Property(x => x.Keterangan).HasMaxLength(300).IsRequired();
        b.Property(x => x.SelesaiOlehNama).HasMaxLength(200);
        b.Property(x => x.Catatan).HasMaxLength(2000);
        b.Ignore(x => x.Selesai);
        b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.InstansId, x.LangkahKode, x.UnitId, x.Jenis }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.SelesaiPada });
    }
}

using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class RekomendasiConfiguration : IEntityTypeConfiguration<Rekomendasi>
{
    public void Configure(EntityTypeBuilder<Rekomendasi> b)
    {
        b.ToTable("rekomendasi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Uraian).HasMaxLength(2000).IsRequired();
        b.Property(x => x.PenanggungJawab).HasMaxLength(300).IsRequired();
        b.Ignore(x => x.TindakLanjut);
        b.Ignore(x => x.Status);
        b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<TindakLanjut>("_tindakLanjut").WithOne().HasForeignKey(t => t.RekomendasiId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation("_tindakLanjut").AutoInclude();
        b.HasIndex(x => new { x.InstansId, x.Nomor }).IsUnique();
        b.HasIndex(x => x.UnitTujuanId, "IX_rekomendasi_unit_tujuan").HasFilter("\"UnitTujuanId\" IS NOT NULL");
    }
}

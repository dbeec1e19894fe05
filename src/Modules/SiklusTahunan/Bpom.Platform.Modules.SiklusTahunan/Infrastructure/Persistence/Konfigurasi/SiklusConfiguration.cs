using Bpom.Platform.Modules.SiklusTahunan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence.Konfigurasi;

internal sealed class SiklusConfiguration : IEntityTypeConfiguration<SiklusSop>
{
    public void Configure(EntityTypeBuilder<SiklusSop> b)
    {
        b.ToTable("siklus");
        b.HasKey(x => x.Id);
        b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
        b.HasIndex(x => new { x.KodeSop, x.Tahun }).IsUnique();
    }
}

internal sealed class LaporanTahunanConfiguration : IEntityTypeConfiguration<LaporanTahunan>
{
    public void Configure(EntityTypeBuilder<LaporanTahunan> b)
    {
        b.ToTable("laporan");
        b.HasKey(x => x.Id);
        b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
        b.Property(x => x.Capaian).HasMaxLength(20000).IsRequired();
        b.Property(x => x.Kendala).HasMaxLength(20000).IsRequired();
        b.Property(x => x.RencanaTindakLanjut).HasMaxLength(20000).IsRequired();
        b.Property(x => x.Versi).IsConcurrencyToken();
        b.HasOne<SiklusSop>().WithMany().HasForeignKey(x => x.SiklusId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SiklusId, x.UnitId }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.Tahun });
        b.HasIndex(x => x.PenyetujuUnitId).HasFilter("\"PenyetujuUnitId\" IS NOT NULL");
    }
}

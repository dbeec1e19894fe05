using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Konfigurasi;

internal sealed class LaporanMonevTriwulanConfiguration : IEntityTypeConfiguration<LaporanMonevTriwulan>
{
    public void Configure(EntityTypeBuilder<LaporanMonevTriwulan> b)
    {
        b.ToTable("monev_triwulan");
        b.HasKey(x => x.Id);
        b.Property(x => x.DikirimOleh).HasMaxLength(200);
        b.Property(x => x.Ringkasan).HasMaxLength(4000);
        b.Ignore(x => x.Terkirim);
        b.HasOne<Angkatan>().WithMany().HasForeignKey(x => x.AngkatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AngkatanId, x.UnitId, x.Tahun, x.Triwulan }).IsUnique();
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class LaporanRealisasiConfiguration : IEntityTypeConfiguration<LaporanRealisasi>
{
    public void Configure(EntityTypeBuilder<LaporanRealisasi> b)
    {
        b.ToTable("laporan_realisasi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Periode).HasMaxLength(4);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Isi).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.Riwayat).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.HasIndex(x => new { x.PkId, x.Periode, x.Versi }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.Tahun, x.Periode });
        b.HasIndex(x => new { x.Tahun, x.Status }, "IX_laporan_realisasi_antrean");
        b.Ignore(x => x.Beku);
    }
}

using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class LaporanKinerjaFinalConfiguration : IEntityTypeConfiguration<LaporanKinerjaFinal>
{
    public void Configure(EntityTypeBuilder<LaporanKinerjaFinal> b)
    {
        b.ToTable("laporan_kinerja_final");
        b.HasKey(x => x.Id);
        b.Property(x => x.Periode).HasMaxLength(5);
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.Property(x => x.Oleh).HasMaxLength(100);
        b.Property(x => x.Versi).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnitId, x.Tahun, x.Periode }).IsUnique();
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class HasilSkmConfiguration : IEntityTypeConfiguration<HasilSkm>
{
    public void Configure(EntityTypeBuilder<HasilSkm> b)
    {
        b.ToTable("hasil_skm");
        b.HasKey(x => x.Id);
        b.Property(x => x.Periode).HasMaxLength(8);
        b.Property(x => x.Layanan).HasMaxLength(200);
        b.Property(x => x.Unsur).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.Ikm).HasPrecision(7, 2);
        b.Property(x => x.Mutu).HasConversion<string>().HasMaxLength(1);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.HasIndex(x => new { x.UnitId, x.Tahun, x.Periode, x.Layanan }).IsUnique();
    }
}

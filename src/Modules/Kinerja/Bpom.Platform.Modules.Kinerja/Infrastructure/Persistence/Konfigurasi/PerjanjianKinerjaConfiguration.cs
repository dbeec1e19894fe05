using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class PerjanjianKinerjaConfiguration : IEntityTypeConfiguration<PerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerja> b)
    {
        b.ToTable("perjanjian_kinerja");
        b.HasKey(x => x.Id);
        b.Property(x => x.Struktur).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.Property(x => x.Versi).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnitId, x.Tahun }).IsUnique();
        b.Ignore(x => x.SemuaIndikator);
    }
}

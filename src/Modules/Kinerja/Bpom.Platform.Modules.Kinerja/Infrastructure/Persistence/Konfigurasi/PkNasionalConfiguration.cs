using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class PkNasionalConfiguration : IEntityTypeConfiguration<PkNasional>
{
    public void Configure(EntityTypeBuilder<PkNasional> b)
    {
        b.ToTable("pk_nasional");
        b.HasKey(x => x.Id);
        b.Property(x => x.Struktur).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.Aturan).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.Property(x => x.Versi).IsConcurrencyToken();
        b.HasIndex(x => x.Tahun).IsUnique();
    }
}

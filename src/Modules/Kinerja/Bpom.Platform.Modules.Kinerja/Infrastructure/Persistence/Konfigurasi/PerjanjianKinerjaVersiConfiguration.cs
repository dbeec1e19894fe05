using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class PerjanjianKinerjaVersiConfiguration : IEntityTypeConfiguration<PerjanjianKinerjaVersi>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerjaVersi> b)
    {
        b.ToTable("perjanjian_kinerja_versi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Struktur).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.Oleh).HasMaxLength(100);
        b.Property(x => x.Alasan).HasMaxLength(1000);
        b.HasIndex(x => new { x.PkId, x.Versi }).IsUnique();
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class TargetRenstraConfiguration : IEntityTypeConfiguration<TargetRenstra>
{
    public void Configure(EntityTypeBuilder<TargetRenstra> b)
    {
        b.ToTable("target_renstra");
        b.HasKey(x => x.Id);
        b.Property(x => x.KodeIndikator).HasMaxLength(20);
        b.Property(x => x.NamaIndikator).HasMaxLength(500);
        b.Property(x => x.Satuan).HasMaxLength(30);
        b.Property(x => x.Target).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.HasIndex(x => new { x.UnitId, x.TahunAwal, x.KodeIndikator }).IsUnique();
    }
}

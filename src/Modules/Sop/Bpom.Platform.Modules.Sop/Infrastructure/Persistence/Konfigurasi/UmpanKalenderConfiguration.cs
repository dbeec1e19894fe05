using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class UmpanKalenderConfiguration : IEntityTypeConfiguration<UmpanKalender>
{
    public void Configure(EntityTypeBuilder<UmpanKalender> b)
    {
        b.ToTable("umpan_kalender");
        b.HasKey(x => x.Id);
        b.Property(x => x.Cakupan).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.TokenTerlindung).HasMaxLength(1000);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.PenggunaId, x.Cakupan }).IsUnique();
    }
}

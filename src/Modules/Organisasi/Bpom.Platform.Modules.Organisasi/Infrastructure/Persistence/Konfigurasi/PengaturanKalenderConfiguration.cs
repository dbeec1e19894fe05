using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class PengaturanKalenderConfiguration : IEntityTypeConfiguration<PengaturanKalender>
{
    public void Configure(EntityTypeBuilder<PengaturanKalender> b)
    {
        b.ToTable("pengaturan_kalender");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.DiubahOleh).HasMaxLength(64);
        b.Property(x => x.Versi).IsConcurrencyToken();
    }
}

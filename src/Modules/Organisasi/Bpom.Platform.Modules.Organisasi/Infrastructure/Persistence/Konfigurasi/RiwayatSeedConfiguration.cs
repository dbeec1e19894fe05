using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class RiwayatSeedConfiguration : IEntityTypeConfiguration<RiwayatSeed>
{
    public void Configure(EntityTypeBuilder<RiwayatSeed> b)
    {
        b.ToTable("riwayat_seed");
        b.HasKey(x => x.Kunci);
        b.Property(x => x.Kunci).HasMaxLength(100);
    }
}

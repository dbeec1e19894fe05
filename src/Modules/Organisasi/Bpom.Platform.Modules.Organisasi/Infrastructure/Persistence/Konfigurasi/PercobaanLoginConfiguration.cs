using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class PercobaanLoginConfiguration : IEntityTypeConfiguration<PercobaanLogin>
{
    public void Configure(EntityTypeBuilder<PercobaanLogin> b)
    {
        b.ToTable("percobaan_login");
        b.HasKey(x => x.Kunci);
        b.Property(x => x.Kunci).HasMaxLength(200);
        b.Property(x => x.Username).HasMaxLength(64);
        b.HasIndex(x => x.Username);
        b.HasIndex(x => x.JendelaMulai);
    }
}

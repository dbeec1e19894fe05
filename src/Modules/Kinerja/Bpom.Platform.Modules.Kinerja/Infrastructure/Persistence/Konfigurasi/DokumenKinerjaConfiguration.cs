using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class DokumenKinerjaConfiguration : IEntityTypeConfiguration<DokumenKinerja>
{
    public void Configure(EntityTypeBuilder<DokumenKinerja> b)
    {
        b.ToTable("dokumen");
        b.HasKey(x => x.Id);
        b.Property(x => x.NamaBerkas).HasMaxLength(255);
        b.Property(x => x.JenisKonten).HasMaxLength(100);
        b.Property(x => x.Oleh).HasMaxLength(100);
    }
}

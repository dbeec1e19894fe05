using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Konfigurasi;

internal sealed class KaderConfiguration : IEntityTypeConfiguration<Kader>
{
    public void Configure(EntityTypeBuilder<Kader> b)
    {
        b.ToTable("kader");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.Peran).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Komunitas).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kontak).HasMaxLength(100);
        b.HasIndex(x => new { x.Nama, x.Id });

        // The registry's search by part of a name or community is a trigram index search.
        b.HasIndex(x => x.Nama).HasDatabaseName("IX_kader_nama_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        b.HasIndex(x => x.Komunitas).HasDatabaseName("IX_kader_komunitas_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

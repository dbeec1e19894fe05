using Bpom.Platform.Modules.Pembinaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence.Konfigurasi;

internal sealed class SasaranPembinaanConfiguration : IEntityTypeConfiguration<SasaranPembinaan>
{
    public void Configure(EntityTypeBuilder<SasaranPembinaan> b)
    {
        b.ToTable("sasaran");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Nib).HasMaxLength(13);
        b.Property(x => x.Provinsi).HasMaxLength(100).IsRequired();
        b.Property(x => x.KabupatenKota).HasMaxLength(100).IsRequired();
        b.Property(x => x.Kunci).HasMaxLength(500).IsRequired();
        b.HasIndex(x => x.Kunci).IsUnique();
        b.HasIndex(x => x.Nib).IsUnique().HasFilter("\"Nib\" IS NOT NULL");

        // The registry: sorted by name and paged; searched by part of the name.
        b.HasIndex(x => new { x.Nama, x.Id });
        b.HasIndex(x => x.Nama).HasDatabaseName("IX_sasaran_nama_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

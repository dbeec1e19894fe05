using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class TanggalLiburConfiguration : IEntityTypeConfiguration<TanggalLibur>
{
    public void Configure(EntityTypeBuilder<TanggalLibur> b)
    {
        b.ToTable("tanggal_libur");
        b.HasKey(x => x.Id);
        b.Property(x => x.Versi).IsRowVersion();
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.DasarHukum).HasMaxLength(300);
        b.HasIndex(x => new { x.Tanggal, x.Nama }).IsUnique();
    }
}

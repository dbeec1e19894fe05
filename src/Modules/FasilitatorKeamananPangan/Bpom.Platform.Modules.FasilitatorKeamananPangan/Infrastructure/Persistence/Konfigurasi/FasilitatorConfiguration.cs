using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Konfigurasi;

internal sealed class FasilitatorConfiguration : IEntityTypeConfiguration<Fasilitator>
{
    public void Configure(EntityTypeBuilder<Fasilitator> b)
    {
        b.ToTable("fasilitator");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
        b.Property(x => x.Nik).HasMaxLength(16).IsFixedLength().IsRequired();
        b.Property(x => x.Telepon).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Provinsi).HasMaxLength(100).IsRequired();
        b.Property(x => x.KabupatenKota).HasMaxLength(100).IsRequired();
        b.Property(x => x.InstansiPenugas).HasMaxLength(300).IsRequired();
        b.Property(x => x.Perjanjian).HasMaxLength(200);
        b.HasIndex(x => x.Nik).IsUnique();
        b.HasIndex(x => x.Nama);
    }
}

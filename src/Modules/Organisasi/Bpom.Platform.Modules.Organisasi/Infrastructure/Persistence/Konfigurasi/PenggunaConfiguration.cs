using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class PenggunaConfiguration : IEntityTypeConfiguration<Pengguna>
{
    public void Configure(EntityTypeBuilder<Pengguna> b)
    {
        b.ToTable("pengguna");
        b.HasKey(x => x.Id);
        b.Property(x => x.Username).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.Username).IsUnique();
        b.Property(x => x.NamaLengkap).HasMaxLength(200).IsRequired();
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.PasswordHash).IsRequired();
        b.Property(x => x.Peran).HasColumnType("text[]");
        b.HasOne<UnitKerja>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Versi).IsRowVersion();
    }
}

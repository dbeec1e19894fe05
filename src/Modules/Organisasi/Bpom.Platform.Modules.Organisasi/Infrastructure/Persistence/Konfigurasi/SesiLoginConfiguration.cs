using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class SesiLoginConfiguration : IEntityTypeConfiguration<SesiLogin>
{
    public void Configure(EntityTypeBuilder<SesiLogin> b)
    {
        b.ToTable("sesi");
        b.HasKey(x => x.Id);
        b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Alasan).HasMaxLength(40);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.PenggunaId, x.KedaluwarsaPada });
        b.HasIndex(x => x.AsalId);
        b.HasOne<Pengguna>().WithMany().HasForeignKey(x => x.PenggunaId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class InstansSopConfiguration : IEntityTypeConfiguration<InstansSop>
{
    public void Configure(EntityTypeBuilder<InstansSop> b)
    {
        b.ToTable("instans");
        b.HasKey(x => x.Id);
        b.Property(x => x.KodeSop).HasMaxLength(40).IsRequired();
        b.Property(x => x.Modul).HasMaxLength(60).IsRequired();
        b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
        b.Property(x => x.ZonaWaktu).HasMaxLength(60).IsRequired();
        b.Property(x => x.DiubahPada).IsConcurrencyToken();
        b.Ignore(x => x.Langkah);
        b.Ignore(x => x.LangkahAktif);
        b.HasMany<LangkahSop>("_langkah").WithOne().HasForeignKey(l => l.InstansId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation("_langkah").AutoInclude();
        b.HasIndex(x => new { x.Modul, x.ReferensiId }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.Status });
    }
}

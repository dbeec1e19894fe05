using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class RencanaAksiConfiguration : IEntityTypeConfiguration<RencanaAksi>
{
    public void Configure(EntityTypeBuilder<RencanaAksi> b)
    {
        b.ToTable("rencana_aksi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Sumber).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.NomorRekomendasi).HasMaxLength(50);
        b.Property(x => x.Rekomendasi).HasMaxLength(2000);
        b.Property(x => x.Rencana).HasMaxLength(2000);
        b.Property(x => x.Catatan).HasMaxLength(2000);
        b.Property(x => x.Unsur).HasMaxLength(3);
        b.Property(x => x.KondisiSebelum).HasMaxLength(2000);
        b.Property(x => x.KondisiSesudah).HasMaxLength(2000);
        b.Property(x => x.Bukti).SebagaiJson(KinerjaJson.Options);
        b.Property(x => x.BuktiDisahkanOleh).HasMaxLength(100);
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.HasIndex(x => new { x.UnitId, x.Tahun, x.Semester });
    }
}

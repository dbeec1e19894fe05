using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Konfigurasi;

internal sealed class AnggaranOutputConfiguration : IEntityTypeConfiguration<AnggaranOutput>
{
    public void Configure(EntityTypeBuilder<AnggaranOutput> b)
    {
        b.ToTable("anggaran_output");
        b.HasKey(x => x.Id);
        foreach (var kode in new[] { nameof(AnggaranOutput.KodeProgram), nameof(AnggaranOutput.KodeKegiatan), nameof(AnggaranOutput.KodeOutput) })
        {
            b.Property(kode).HasMaxLength(40);
        }

        foreach (var nama in new[] { nameof(AnggaranOutput.NamaProgram), nameof(AnggaranOutput.NamaKegiatan), nameof(AnggaranOutput.NamaOutput) })
        {
            b.Property(nama).HasMaxLength(500);
        }

        b.Property(x => x.KodeSasaran).HasMaxLength(20);
        b.Property(x => x.Pagu).HasPrecision(18, 2);
        b.Property(x => x.RealisasiBulanan).HasColumnType("numeric(18,2)[]");
        b.Property(x => x.DiubahOleh).HasMaxLength(100);
        b.Property(x => x.Versi).IsConcurrencyToken();

        // A unit's year is read whole (its budget lines are a few hundred at most); the national figures group by year.
        b.HasIndex(x => new { x.UnitId, x.Tahun, x.KodeProgram, x.KodeKegiatan, x.KodeOutput }).IsUnique();
        b.HasIndex(x => x.Tahun);
    }
}

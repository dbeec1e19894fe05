using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Konfigurasi;

internal sealed class LangkahSopConfiguration : IEntityTypeConfiguration<LangkahSop>
{
    private static readonly JsonSerializerOptions JsonJeda = new(JsonSerializerDefaults.Web)
    {
        Converters = { NodaConverters.LocalDateConverter },
    };

    public void Configure(EntityTypeBuilder<LangkahSop> b)
    {
        b.ToTable("langkah");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kode).HasMaxLength(10).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(300).IsRequired();
        b.Property(x => x.Output).HasMaxLength(300).IsRequired();
        b.Property(x => x.Kelengkapan).HasMaxLength(500).IsRequired();
        b.Property(x => x.AlasanTerakhir).HasMaxLength(1000);
        b.Property(x => x.Pelaksana).IsRequired();
        b.Property(x => x.KelengkapanDari).IsRequired();
        b.Ignore(x => x.Jeda);
        b.Ignore(x => x.Terbuka);
        b.Property<List<PeriodeJeda>>("_jeda").HasColumnName("Jeda").SebagaiJson(JsonJeda);
        b.HasIndex(x => new { x.InstansId, x.Kode }).IsUnique();
        b.HasIndex(x => new { x.Status, x.JatuhTempo });
    }
}

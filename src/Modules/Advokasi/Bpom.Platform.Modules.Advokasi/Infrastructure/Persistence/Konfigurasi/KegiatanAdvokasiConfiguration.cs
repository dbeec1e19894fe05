using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Advokasi.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence.Konfigurasi;

internal sealed class KegiatanAdvokasiConfiguration : IEntityTypeConfiguration<KegiatanAdvokasi>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<KegiatanAdvokasi> b)
    {
        b.ToTable("kegiatan");
        b.HasKey(x => x.Id);
        b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
        b.Property(x => x.Topik).HasMaxLength(500).IsRequired();
        b.Property(x => x.Komoditas).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Bentuk).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.BentukLainnya).HasMaxLength(100);
        b.Property(x => x.Lokasi).HasMaxLength(300).IsRequired();
        b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
        b.Property(x => x.PemangkuKepentingan).SebagaiJson(Json);
        b.HasIndex(x => x.InstansId).IsUnique();
        b.Property(x => x.UnitTerlibat).IsRequired().HasDefaultValueSql("'{}'::uuid[]");
        b.HasIndex(x => x.UnitTerlibat).HasMethod("gin");
        b.HasIndex(x => new { x.UnitId, x.Tahun });
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Konfigurasi;

internal sealed class KegiatanPemberdayaanConfiguration : IEntityTypeConfiguration<KegiatanPemberdayaan>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<KegiatanPemberdayaan> b)
    {
        b.ToTable("kegiatan");
        b.HasKey(x => x.Id);
        b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
        b.Property(x => x.Program).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.ProgramLainnya).HasMaxLength(100);
        b.Property(x => x.Bentuk).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Lokasi).HasMaxLength(300).IsRequired();
        b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
        b.Property(x => x.Komunitas).SebagaiJson(Json);
        b.Ignore(x => x.Kader);
        b.HasMany<Kader>("_kader").WithOne().HasForeignKey(k => k.KegiatanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation("_kader").AutoInclude();
        b.HasIndex(x => x.InstansId).IsUnique();
        b.Property(x => x.UnitTerlibat).IsRequired().HasDefaultValueSql("'{}'::uuid[]");
        b.HasIndex(x => x.UnitTerlibat).HasMethod("gin");
        b.HasIndex(x => new { x.UnitId, x.Tahun });
        b.Property(x => x.TerlaksanaDicek).HasDefaultValue(false);

        // The recap reads the activities carried out in a period, nationally or for units.
        b.HasIndex(x => x.TanggalTerlaksana).HasFilter("\"TanggalTerlaksana\" IS NOT NULL");
        b.HasIndex(x => new { x.UnitId, x.TanggalTerlaksana }).HasFilter("\"TanggalTerlaksana\" IS NOT NULL");
        b.HasIndex(x => x.InstansId).HasDatabaseName("IX_kegiatan_belum_dicek").HasFilter("NOT \"TerlaksanaDicek\"");
    }
}

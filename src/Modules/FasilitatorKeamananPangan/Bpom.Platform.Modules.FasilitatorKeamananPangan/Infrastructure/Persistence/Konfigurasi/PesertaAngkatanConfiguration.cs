using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence.Konfigurasi;

internal sealed class PesertaAngkatanConfiguration : IEntityTypeConfiguration<PesertaAngkatan>
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } }
        .ConfigureForNodaTime(NodaTime.DateTimeZoneProviders.Tzdb);

    public void Configure(EntityTypeBuilder<PesertaAngkatan> b)
    {
        b.ToTable("peserta");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.HasilPelatihan).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AlasanBerhenti).HasMaxLength(1000);
        b.OwnsOne(x => x.SertifikatKompetensi, o =>
        {
            o.Property(s => s.Nomor).HasColumnName("KompetensiNomor").HasMaxLength(60);
            o.Property(s => s.Skema).HasColumnName("KompetensiSkema").HasMaxLength(200);
            o.Property(s => s.Lsp).HasColumnName("KompetensiLsp").HasMaxLength(200);
            o.Property(s => s.Tanggal).HasColumnName("KompetensiTanggal");
            o.Property(s => s.BerlakuSampai).HasColumnName("KompetensiBerlakuSampai");
            o.Property(s => s.DokumenId).HasColumnName("KompetensiDokumenId");
            o.HasIndex(s => s.Nomor).IsUnique();
        });
        b.OwnsOne(x => x.SertifikatPengakuan, o =>
        {
            o.Property(s => s.Nomor).HasColumnName("PengakuanNomor").HasMaxLength(60);
            o.Property(s => s.DisahkanOleh).HasColumnName("PengakuanDisahkanOleh").HasMaxLength(200);
            o.Property(s => s.Tanggal).HasColumnName("PengakuanTanggal");
            o.Property(s => s.BerlakuSampai).HasColumnName("PengakuanBerlakuSampai");
            o.Property(s => s.DokumenId).HasColumnName("PengakuanDokumenId");
            o.HasIndex(s => s.Nomor).IsUnique();
        });
        b.Ignore(x => x.Riwayat);
        b.Property<List<RiwayatPeserta>>("_riwayat").HasColumnName("Riwayat").SebagaiJson(Json);
        b.HasOne<Angkatan>().WithMany().HasForeignKey(x => x.AngkatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fasilitator>().WithMany().HasForeignKey(x => x.FasilitatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AngkatanId, x.FasilitatorId }).IsUnique();
    }
}

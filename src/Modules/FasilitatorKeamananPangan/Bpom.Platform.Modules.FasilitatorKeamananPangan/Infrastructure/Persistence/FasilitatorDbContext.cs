using System.Text.Json;
using System.Text.Json.Serialization;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;

/// <summary>The module's data, in schema <c>fasilitator</c>: cohorts, the facilitator registry, their path per cohort,
/// certificates and assignments. Steps, documents and audit live in the SOP engine (<see cref="Angkatan.InstansId"/>).</summary>
public sealed class FasilitatorDbContext(DbContextOptions<FasilitatorDbContext> options) : DbContext(options)
{
    public const string Schema = "fasilitator";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } }
        .ConfigureForNodaTime(NodaTime.DateTimeZoneProviders.Tzdb);

    public DbSet<Angkatan> Angkatan => Set<Angkatan>();

    public DbSet<Fasilitator> Fasilitator => Set<Fasilitator>();

    public DbSet<PesertaAngkatan> Peserta => Set<PesertaAngkatan>();

    public DbSet<PendampinganFasilitator> Pendampingan => Set<PendampinganFasilitator>();

    public DbSet<LaporanMonevTriwulan> MonevTriwulan => Set<LaporanMonevTriwulan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Angkatan>(b =>
        {
            b.ToTable("angkatan");
            b.HasKey(x => x.Id);
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.DasarKegiatan).HasMaxLength(500).IsRequired();
            b.Property(x => x.LembagaPelatihan).HasMaxLength(300).IsRequired();
            b.Property(x => x.UptIds).IsRequired();
            b.HasIndex(x => x.InstansId).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun });
        });

        modelBuilder.Entity<Fasilitator>(b =>
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
        });

        modelBuilder.Entity<PesertaAngkatan>(b =>
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
            b.Property<List<RiwayatPeserta>>("_riwayat")
                .HasColumnName("Riwayat")
                .HasColumnType("jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, Json),
                    v => JsonSerializer.Deserialize<List<RiwayatPeserta>>(v, Json) ?? new List<RiwayatPeserta>(),
                    new ValueComparer<List<RiwayatPeserta>>(
                        (a, c) => a!.SequenceEqual(c!),
                        v => v.Aggregate(0, (h, r) => HashCode.Combine(h, r.GetHashCode())),
                        v => v.ToList()));
            b.HasOne<Angkatan>().WithMany().HasForeignKey(x => x.AngkatanId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Fasilitator>().WithMany().HasForeignKey(x => x.FasilitatorId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.AngkatanId, x.FasilitatorId }).IsUnique();
        });

        modelBuilder.Entity<LaporanMonevTriwulan>(b =>
        {
            b.ToTable("monev_triwulan");
            b.HasKey(x => x.Id);
            b.Property(x => x.DikirimOleh).HasMaxLength(200);
            b.Property(x => x.Ringkasan).HasMaxLength(4000);
            b.Ignore(x => x.Terkirim);
            b.HasOne<Angkatan>().WithMany().HasForeignKey(x => x.AngkatanId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.AngkatanId, x.UnitId, x.Tahun, x.Triwulan }).IsUnique();
        });

        modelBuilder.Entity<PendampinganFasilitator>(b =>
        {
            b.ToTable("pendampingan");
            b.HasKey(x => x.Id);
            b.Property(x => x.NamaUsaha).HasMaxLength(200).IsRequired();
            b.Property(x => x.Nib).HasMaxLength(13);
            b.Property(x => x.Catatan).HasMaxLength(1000);
            b.HasOne<Fasilitator>().WithMany().HasForeignKey(x => x.FasilitatorId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => x.FasilitatorId);
        });
    }
}

internal sealed class FasilitatorDbContextDesignTimeFactory : IDesignTimeDbContextFactory<FasilitatorDbContext>
{
    public FasilitatorDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<FasilitatorDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", FasilitatorDbContext.Schema))
        .Options);
}

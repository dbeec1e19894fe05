using System.Text.Json;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;

/// <summary>The Kinerja module's data, in schema <c>kinerja</c>: performance agreements and their versions,
/// realisation reports (one row per version), audit, evidence, SKM results, action plans, and the SOP step facts
/// learnt from the SOP engine's notifications.</summary>
public sealed class KinerjaDbContext(DbContextOptions<KinerjaDbContext> options) : DbContext(options)
{
    public const string Schema = "kinerja";

    public DbSet<PerjanjianKinerja> PerjanjianKinerja => Set<PerjanjianKinerja>();

    public DbSet<PerjanjianKinerjaVersi> PerjanjianKinerjaVersi => Set<PerjanjianKinerjaVersi>();

    public DbSet<LaporanRealisasi> LaporanRealisasi => Set<LaporanRealisasi>();

    public DbSet<AuditKinerja> Audit => Set<AuditKinerja>();

    public DbSet<DokumenKinerja> Dokumen => Set<DokumenKinerja>();

    public DbSet<HasilSkm> HasilSkm => Set<HasilSkm>();

    public DbSet<RencanaAksi> RencanaAksi => Set<RencanaAksi>();

    public DbSet<CatatanLangkahSop> LangkahSop => Set<CatatanLangkahSop>();

    public DbSet<CatatanKegiatanSop> KegiatanSop => Set<CatatanKegiatanSop>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<PerjanjianKinerja>(b =>
        {
            b.ToTable("perjanjian_kinerja");
            b.HasKey(x => x.Id);
            Json(b.Property(x => x.Struktur));
            b.Property(x => x.DiubahOleh).HasMaxLength(100);
            b.Property(x => x.Versi).IsConcurrencyToken();
            b.HasIndex(x => new { x.UnitId, x.Tahun }).IsUnique();
            b.Ignore(x => x.SemuaIndikator);
        });
        modelBuilder.Entity<PerjanjianKinerjaVersi>(b =>
        {
            b.ToTable("perjanjian_kinerja_versi");
            b.HasKey(x => x.Id);
            Json(b.Property(x => x.Struktur));
            b.Property(x => x.Oleh).HasMaxLength(100);
            b.Property(x => x.Alasan).HasMaxLength(1000);
            b.HasIndex(x => new { x.PkId, x.Versi }).IsUnique();
        });
        modelBuilder.Entity<LaporanRealisasi>(b =>
        {
            b.ToTable("laporan_realisasi");
            b.HasKey(x => x.Id);
            b.Property(x => x.Periode).HasMaxLength(4);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            Json(b.Property(x => x.Isi));
            Json(b.Property(x => x.Riwayat));
            b.Property(x => x.DiubahOleh).HasMaxLength(100);
            b.HasIndex(x => new { x.PkId, x.Periode, x.Versi }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Tahun, x.Periode });
            b.Ignore(x => x.Beku);
        });
        modelBuilder.Entity<AuditKinerja>(b =>
        {
            b.ToTable("audit");
            b.HasKey(x => x.Id);
            b.Property(x => x.Periode).HasMaxLength(4);
            b.Property(x => x.Aksi).HasMaxLength(40);
            b.Property(x => x.Keterangan).HasMaxLength(2000);
            b.Property(x => x.Alasan).HasMaxLength(1000);
            b.Property(x => x.Oleh).HasMaxLength(100);
            b.HasIndex(x => new { x.UnitId, x.Tahun });
        });
        modelBuilder.Entity<DokumenKinerja>(b =>
        {
            b.ToTable("dokumen");
            b.HasKey(x => x.Id);
            b.Property(x => x.NamaBerkas).HasMaxLength(255);
            b.Property(x => x.JenisKonten).HasMaxLength(100);
            b.Property(x => x.Oleh).HasMaxLength(100);
        });
        modelBuilder.Entity<HasilSkm>(b =>
        {
            b.ToTable("hasil_skm");
            b.HasKey(x => x.Id);
            b.Property(x => x.Periode).HasMaxLength(8);
            b.Property(x => x.Layanan).HasMaxLength(200);
            Json(b.Property(x => x.Unsur));
            b.Property(x => x.Ikm).HasPrecision(7, 2);
            b.Property(x => x.Mutu).HasConversion<string>().HasMaxLength(1);
            b.Property(x => x.DiubahOleh).HasMaxLength(100);
            b.HasIndex(x => new { x.UnitId, x.Tahun, x.Periode, x.Layanan }).IsUnique();
        });
        modelBuilder.Entity<RencanaAksi>(b =>
        {
            b.ToTable("rencana_aksi");
            b.HasKey(x => x.Id);
            b.Property(x => x.Sumber).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.NomorRekomendasi).HasMaxLength(50);
            b.Property(x => x.Rekomendasi).HasMaxLength(2000);
            b.Property(x => x.Rencana).HasMaxLength(2000);
            b.Property(x => x.Catatan).HasMaxLength(2000);
            Json(b.Property(x => x.Bukti));
            b.Property(x => x.BuktiDisahkanOleh).HasMaxLength(100);
            b.Property(x => x.DiubahOleh).HasMaxLength(100);
            b.HasIndex(x => new { x.UnitId, x.Tahun, x.Semester });
        });
        modelBuilder.Entity<CatatanLangkahSop>(b =>
        {
            b.ToTable("langkah_sop");
            b.HasKey(x => new { x.InstansId, x.LangkahKode });
            b.Property(x => x.LangkahKode).HasMaxLength(10);
            b.Property(x => x.KodeSop).HasMaxLength(30);
            b.Property(x => x.Modul).HasMaxLength(50);
            b.HasIndex(x => new { x.UnitId, x.TanggalSelesai });
            b.HasIndex(x => new { x.UnitId, x.JatuhTempo });
        });
        modelBuilder.Entity<CatatanKegiatanSop>(b =>
        {
            b.ToTable("kegiatan_sop");
            b.HasKey(x => x.InstansId);
            b.Property(x => x.KodeSop).HasMaxLength(30);
            b.Property(x => x.Modul).HasMaxLength(50);
            b.HasIndex(x => new { x.UnitId, x.TanggalSelesai });
        });
    }

    private static void Json<T>(PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, KinerjaJson.Options),
            v => JsonSerializer.Deserialize<List<T>>(v, KinerjaJson.Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, c) => JsonSerializer.Serialize(a, KinerjaJson.Options) == JsonSerializer.Serialize(c, KinerjaJson.Options),
                v => JsonSerializer.Serialize(v, KinerjaJson.Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, KinerjaJson.Options), KinerjaJson.Options)!));
}

internal sealed class KinerjaDbContextDesignTimeFactory : IDesignTimeDbContextFactory<KinerjaDbContext>
{
    public KinerjaDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<KinerjaDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", KinerjaDbContext.Schema))
        .Options);
}

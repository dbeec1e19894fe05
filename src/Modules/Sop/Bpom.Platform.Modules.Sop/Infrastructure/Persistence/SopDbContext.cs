using System.Text.Json;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence;

/// <summary>A stored SOP version; its steps are kept as JSON so a version is immutable once instances use it.</summary>
public sealed class DefinisiSopRow
{
    public Guid Id { get; set; }

    public string Kode { get; set; } = string.Empty;

    public string Nama { get; set; } = string.Empty;

    public int Versi { get; set; }

    public LocalDate BerlakuMulai { get; set; }

    /// <summary>The steps (<see cref="Domain.DefinisiLangkah"/>[]) as JSON.</summary>
    public string Langkah { get; set; } = "[]";
}

/// <summary>A notification claimed by a deadline sweep: key (step, kind, rung). The primary key makes a second claim
/// of the same key fail, so overlapping or retried sweeps (or two servers) notify once.</summary>
public sealed class KlaimNotifikasi
{
    public string Kunci { get; set; } = string.Empty;

    public Instant DiklaimPada { get; set; }
}

/// <summary>The SOP engine's data, in schema <c>sop</c>.</summary>
public sealed class SopDbContext(DbContextOptions<SopDbContext> options) : DbContext(options)
{
    public const string Schema = "sop";

    public DbSet<DefinisiSopRow> DefinisiSop => Set<DefinisiSopRow>();

    public DbSet<InstansSop> Instans => Set<InstansSop>();

    public DbSet<LangkahSop> Langkah => Set<LangkahSop>();

    public DbSet<DokumenSop> Dokumen => Set<DokumenSop>();

    public DbSet<IsiDokumen> IsiDokumen => Set<IsiDokumen>();

    public DbSet<CatatanAudit> Audit => Set<CatatanAudit>();

    public DbSet<Rekomendasi> Rekomendasi => Set<Rekomendasi>();

    public DbSet<TindakLanjut> TindakLanjut => Set<TindakLanjut>();

    public DbSet<Notifikasi> Notifikasi => Set<Notifikasi>();

    public DbSet<KlaimNotifikasi> KlaimNotifikasi => Set<KlaimNotifikasi>();

    public DbSet<PenugasanLangkah> Penugasan => Set<PenugasanLangkah>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<DefinisiSopRow>(b =>
        {
            b.ToTable("definisi_sop");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kode).HasMaxLength(40).IsRequired();
            b.Property(x => x.Nama).HasMaxLength(200).IsRequired();
            b.Property(x => x.Langkah).HasColumnType("jsonb").IsRequired();
            b.HasIndex(x => new { x.Kode, x.Versi }).IsUnique();
        });

        modelBuilder.Entity<InstansSop>(b =>
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
        });

        modelBuilder.Entity<LangkahSop>(b =>
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
            b.Property<List<PeriodeJeda>>("_jeda")
                .HasColumnName("Jeda")
                .HasColumnType("jsonb")
                .HasConversion(
                    v => JsonSerializer.Serialize(v, JsonJeda),
                    v => JsonSerializer.Deserialize<List<PeriodeJeda>>(v, JsonJeda) ?? new List<PeriodeJeda>(),
                    new ValueComparer<List<PeriodeJeda>>(
                        (a, c) => a!.SequenceEqual(c!),
                        v => v.Aggregate(0, (h, j) => HashCode.Combine(h, j.GetHashCode())),
                        v => v.ToList()));
            b.HasIndex(x => new { x.InstansId, x.Kode }).IsUnique();
            b.HasIndex(x => new { x.Status, x.JatuhTempo });
        });

        modelBuilder.Entity<DokumenSop>(b =>
        {
            b.ToTable("dokumen");
            b.HasKey(x => x.Id);
            b.Property(x => x.LangkahKode).HasMaxLength(10).IsRequired();
            b.Property(x => x.NamaBerkas).HasMaxLength(255).IsRequired();
            b.Property(x => x.JenisKonten).HasMaxLength(150).IsRequired();
            b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            b.Property(x => x.DiunggahOlehNama).HasMaxLength(200).IsRequired();
            b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.InstansId, x.LangkahKode, x.Jenis, x.Versi }).IsUnique();
        });

        modelBuilder.Entity<IsiDokumen>(b =>
        {
            b.ToTable("dokumen_isi");
            b.HasKey(x => x.DokumenId);
            b.HasOne<DokumenSop>().WithOne().HasForeignKey<IsiDokumen>(x => x.DokumenId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CatatanAudit>(b =>
        {
            b.ToTable("jejak_audit");
            b.HasKey(x => x.Id);
            b.Property(x => x.Urutan).UseIdentityAlwaysColumn();
            b.Property(x => x.LangkahKode).HasMaxLength(10);
            b.Property(x => x.Aksi).HasMaxLength(60).IsRequired();
            b.Property(x => x.Dari).HasMaxLength(40);
            b.Property(x => x.Ke).HasMaxLength(40);
            b.Property(x => x.Alasan).HasMaxLength(1000);
            b.Property(x => x.Keterangan).HasMaxLength(1000);
            b.Property(x => x.NamaPengguna).HasMaxLength(200).IsRequired();
            b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.InstansId, x.Waktu });
        });

        modelBuilder.Entity<Rekomendasi>(b =>
        {
            b.ToTable("rekomendasi");
            b.HasKey(x => x.Id);
            b.Property(x => x.Uraian).HasMaxLength(2000).IsRequired();
            b.Property(x => x.PenanggungJawab).HasMaxLength(300).IsRequired();
            b.Ignore(x => x.TindakLanjut);
            b.Ignore(x => x.Status);
            b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany<TindakLanjut>("_tindakLanjut").WithOne().HasForeignKey(t => t.RekomendasiId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation("_tindakLanjut").AutoInclude();
            b.HasIndex(x => new { x.InstansId, x.Nomor }).IsUnique();
        });

        modelBuilder.Entity<TindakLanjut>(b =>
        {
            b.ToTable("tindak_lanjut");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Uraian).HasMaxLength(2000).IsRequired();
            b.Property(x => x.Catatan).HasMaxLength(1000);
            b.HasOne<DokumenSop>().WithMany().HasForeignKey(x => x.BuktiDokumenId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Notifikasi>(b =>
        {
            b.ToTable("notifikasi");
            b.HasKey(x => x.Id);
            b.Property(x => x.Judul).HasMaxLength(300).IsRequired();
            b.Property(x => x.Pesan).HasMaxLength(2000).IsRequired();
            b.Property(x => x.Modul).HasMaxLength(60);
            b.Property(x => x.LangkahKode).HasMaxLength(10);
            b.HasIndex(x => new { x.PenggunaId, x.DibacaPada, x.DibuatPada });
        });

        modelBuilder.Entity<PenugasanLangkah>(b =>
        {
            b.ToTable("penugasan_langkah");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.LangkahKode).HasMaxLength(10).IsRequired();
            b.Property(x => x.Keterangan).HasMaxLength(300).IsRequired();
            b.Property(x => x.SelesaiOlehNama).HasMaxLength(200);
            b.Property(x => x.Catatan).HasMaxLength(2000);
            b.Ignore(x => x.Selesai);
            b.HasOne<InstansSop>().WithMany().HasForeignKey(x => x.InstansId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.InstansId, x.LangkahKode, x.UnitId, x.Jenis }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.SelesaiPada });
        });

        modelBuilder.Entity<KlaimNotifikasi>(b =>
        {
            b.ToTable("klaim_notifikasi");
            b.HasKey(x => x.Kunci);
            b.Property(x => x.Kunci).HasMaxLength(200);
        });
    }

    private static readonly JsonSerializerOptions JsonJeda = new(JsonSerializerDefaults.Web)
    {
        Converters = { NodaConverters.LocalDateConverter },
    };
}

internal sealed class SopDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SopDbContext>
{
    public SopDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SopDbContext>()
        .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", SopDbContext.Schema))
        .Options);
}

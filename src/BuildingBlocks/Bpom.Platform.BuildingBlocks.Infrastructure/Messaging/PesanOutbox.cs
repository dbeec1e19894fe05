using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Where an outbox message stands.</summary>
public enum StatusPesan
{
    /// <summary>Waiting for (another) delivery attempt.</summary>
    Menunggu = 0,

    /// <summary>Every handler has processed it.</summary>
    Terkirim = 1,

    /// <summary>Dead letter: delivery failed <c>Outbox:MaksPercobaan</c> times; an operator looks at <c>GalatTerakhir</c>.</summary>
    Gagal = 2,
}

/// <summary>An integration event written in the transaction that produced it.</summary>
public sealed class PesanOutbox
{
    public Guid Id { get; set; }

    /// <summary>The event's CLR type (full name), resolved through <see cref="DaftarJenisPesan"/>.</summary>
    public string Jenis { get; set; } = string.Empty;

    /// <summary>The event as JSON.</summary>
    public string Isi { get; set; } = "{}";

    public Instant DibuatPada { get; set; }

    public StatusPesan Status { get; set; }

    public int Percobaan { get; set; }

    /// <summary>Not delivered by the background pass before this time (back-off after a failure).</summary>
    public Instant BerikutnyaPada { get; set; }

    /// <summary>A delivery in progress holds the message until then (another instance skips it).</summary>
    public Instant? DikunciSampai { get; set; }

    public Instant? TerkirimPada { get; set; }

    public string? GalatTerakhir { get; set; }
}

/// <summary>One handler's processing of one message (the inbox): written in the handler's own transaction, so a
/// message delivered again is not processed twice by a handler that already committed it.</summary>
public sealed class PesanDiproses
{
    public Guid PesanId { get; set; }

    /// <summary>The handler type's full name.</summary>
    public string Penangan { get; set; } = string.Empty;

    public Instant DiprosesPada { get; set; }
}

/// <summary>The outbox and inbox, in schema <c>outbox</c>. Shares the scope's connection and transaction with every
/// module's context, so an event is committed with the change that produced it.</summary>
public sealed class OutboxDbContext(DbContextOptions<OutboxDbContext> options) : DbContext(options)
{
    public const string Schema = "outbox";

    public DbSet<PesanOutbox> Pesan => Set<PesanOutbox>();

    public DbSet<PesanDiproses> Diproses => Set<PesanDiproses>();

    public DbSet<Web.KunciIdempotensi> Idempotensi => Set<Web.KunciIdempotensi>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new PesanOutboxConfiguration());
        modelBuilder.ApplyConfiguration(new PesanDiprosesConfiguration());
        modelBuilder.Entity<Web.KunciIdempotensi>(b =>
        {
            b.ToTable("idempotensi");
            b.HasKey(x => new { x.PenggunaId, x.Kunci });
            b.Property(x => x.Kunci).HasMaxLength(100);
            b.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            b.Property(x => x.JenisKonten).HasMaxLength(200);
            b.Property(x => x.Lokasi).HasMaxLength(1000);
            b.HasIndex(x => x.DibuatPada);
        });
    }
}

internal sealed class PesanOutboxConfiguration : IEntityTypeConfiguration<PesanOutbox>
{
    public void Configure(EntityTypeBuilder<PesanOutbox> b)
    {
        b.ToTable("pesan");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Jenis).HasMaxLength(300).IsRequired();
        b.Property(x => x.Isi).HasColumnType("jsonb").IsRequired();
        b.Property(x => x.GalatTerakhir).HasMaxLength(2000);

        // The background pass reads only what waits, oldest first; the clean-up only what was delivered.
        b.HasIndex(x => new { x.BerikutnyaPada, x.Id }).HasFilter("\"Status\" = 0").HasDatabaseName("IX_pesan_menunggu");
        b.HasIndex(x => x.TerkirimPada).HasFilter("\"Status\" = 1").HasDatabaseName("IX_pesan_terkirim");
    }
}

internal sealed class PesanDiprosesConfiguration : IEntityTypeConfiguration<PesanDiproses>
{
    public void Configure(EntityTypeBuilder<PesanDiproses> b)
    {
        b.ToTable("pesan_diproses");
        b.HasKey(x => new { x.PesanId, x.Penangan });
        b.Property(x => x.Penangan).HasMaxLength(300);
    }
}

internal sealed class OutboxDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<OutboxDbContext>(OutboxDbContext.Schema);

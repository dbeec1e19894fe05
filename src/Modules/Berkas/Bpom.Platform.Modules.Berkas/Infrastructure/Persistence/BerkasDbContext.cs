using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Berkas.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bpom.Platform.Modules.Berkas.Infrastructure.Persistence;

/// <summary>Stored documents, in schema <c>berkas</c>.</summary>
internal sealed class BerkasDbContext(DbContextOptions<BerkasDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "berkas";

    public DbSet<BerkasTersimpan> Berkas => Set<BerkasTersimpan>();
}

internal sealed class BerkasTersimpanConfiguration : IEntityTypeConfiguration<BerkasTersimpan>
{
    public void Configure(EntityTypeBuilder<BerkasTersimpan> b)
    {
        b.ToTable("berkas");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Modul).HasMaxLength(60).IsRequired();
        b.Property(x => x.NamaBerkas).HasMaxLength(255).IsRequired();
        b.Property(x => x.JenisKonten).HasMaxLength(150).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.Isi).IsRequired();
    }
}

internal sealed class BerkasDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<BerkasDbContext>(BerkasDbContext.Schema);

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Advokasi.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;

/// <summary>The Advokasi module's data, in schema <c>advokasi</c>. Steps, documents and audit live in the SOP
/// engine's schema, referred to by <see cref="KegiatanAdvokasi.InstansId"/>.</summary>
internal sealed class AdvokasiDbContext(DbContextOptions<AdvokasiDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "advokasi";

    public DbSet<KegiatanAdvokasi> Kegiatan => Set<KegiatanAdvokasi>();
}

internal sealed class AdvokasiDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<AdvokasiDbContext>(AdvokasiDbContext.Schema);

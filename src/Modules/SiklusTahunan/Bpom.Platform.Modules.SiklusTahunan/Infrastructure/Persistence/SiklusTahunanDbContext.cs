using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence;

/// <summary>The yearly cycle's data, in schema <c>siklus</c>: cycles and the units' reports (narrative). Steps,
/// documents, directives and audit live in the SOP engine's schema.</summary>
internal sealed class SiklusTahunanDbContext(DbContextOptions<SiklusTahunanDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "siklus";

    public DbSet<SiklusSop> Siklus => Set<SiklusSop>();

    public DbSet<LaporanTahunan> Laporan => Set<LaporanTahunan>();
}

internal sealed class SiklusTahunanDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<SiklusTahunanDbContext>(SiklusTahunanDbContext.Schema);

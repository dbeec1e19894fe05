using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;

/// <summary>The Kinerja module's data, in schema <c>kinerja</c>: performance agreements and their versions,
/// realisation reports (one row per version), audit, evidence, SKM results, action plans, and the SOP step facts
/// learnt from the SOP engine's notifications.</summary>
internal sealed class KinerjaDbContext(DbContextOptions<KinerjaDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "kinerja";

    public DbSet<PerjanjianKinerja> PerjanjianKinerja => Set<PerjanjianKinerja>();

    public DbSet<PerjanjianKinerjaVersi> PerjanjianKinerjaVersi => Set<PerjanjianKinerjaVersi>();

    public DbSet<LaporanRealisasi> LaporanRealisasi => Set<LaporanRealisasi>();

    public DbSet<AuditKinerja> Audit => Set<AuditKinerja>();

    public DbSet<DokumenKinerja> Dokumen => Set<DokumenKinerja>();

    public DbSet<HasilSkm> HasilSkm => Set<HasilSkm>();

    public DbSet<RencanaAksi> RencanaAksi => Set<RencanaAksi>();

    public DbSet<PkNasional> PkNasional => Set<PkNasional>();

    public DbSet<TargetRenstra> Renstra => Set<TargetRenstra>();

    public DbSet<AnggaranOutput> Anggaran => Set<AnggaranOutput>();

    public DbSet<LaporanKinerjaFinal> LaporanFinal => Set<LaporanKinerjaFinal>();

    public DbSet<CatatanLangkahSop> LangkahSop => Set<CatatanLangkahSop>();

    public DbSet<CatatanKegiatanSop> KegiatanSop => Set<CatatanKegiatanSop>();
}

internal sealed class KinerjaDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<KinerjaDbContext>(KinerjaDbContext.Schema);

using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;

/// <summary>The Organisasi module's data, in schema <c>organisasi</c>.</summary>
internal sealed class OrganisasiDbContext(DbContextOptions<OrganisasiDbContext> options) : ModuleDbContext(options, Schema), IDataProtectionKeyContext
{
    public const string Schema = "organisasi";

    public DbSet<UnitKerja> UnitKerja => Set<UnitKerja>();

    public DbSet<Pengguna> Pengguna => Set<Pengguna>();

    public DbSet<TanggalLibur> TanggalLibur => Set<TanggalLibur>();

    public DbSet<PengaturanKalender> PengaturanKalender => Set<PengaturanKalender>();

    public DbSet<RiwayatSeed> RiwayatSeed => Set<RiwayatSeed>();

    public DbSet<SesiLogin> Sesi => Set<SesiLogin>();

    public DbSet<PercobaanLogin> PercobaanLogin => Set<PercobaanLogin>();

    /// <summary>ASP.NET Core's data-protection key ring, shared by every instance (antiforgery of the Hangfire
    /// dashboard, anything protected with <c>IDataProtector</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class OrganisasiDbContextDesignTimeFactory() : ModuleDbContextDesignTimeFactory<OrganisasiDbContext>(OrganisasiDbContext.Schema);

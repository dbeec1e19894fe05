using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.BuildingBlocks.SopEngine.Application;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.BuildingBlocks.SopEngine;

/// <summary>The SOP engine: its schema <c>sop</c>, definitions, running activities, deadlines, documents, audit,
/// recommendations and notifications, with their endpoints. Shared by the four SOP modules.</summary>
public sealed class SopEngineModule : IModule
{
    public string Name => "SopEngine";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<SopDbContext>(configuration, SopDbContext.Schema);
        services.AddScoped<IDataSeeder, SopSeeder>();
        services.AddScoped<AksesSop>();
        services.AddScoped<PembacaInstans>();
        services.AddScoped<PencatatAudit>();
        services.AddScoped<PengaturPenugasan>();
        services.AddScoped<PenyusunDaftarKegiatan>();
        services.AddScoped<PengelolaKegiatanSop>();
        services.AddScoped<PenyimpanDokumen>();
        services.AddScoped<PenyapuTenggat>();
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan;

/// <summary>SOP D — Pembentukan Fasilitator Keamanan Pangan: cohorts on the shared SOP engine, the facilitator registry
/// (one record per person), their path and certificates, PPSDM queue, assignments and public certificate verification.</summary>
public sealed class FasilitatorKeamananPanganModule : IModule
{
    public string Name => "FasilitatorKeamananPangan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<FasilitatorDbContext>(configuration, FasilitatorDbContext.Schema);
        services.AddScoped<AksesFasilitator>();
        services.AddScoped<PembacaAngkatan>();
        services.AddScoped<PendaftarPeserta>();
        services.AddScoped<PencatatSertifikat>();
        services.AddScoped<CakupanFasilitator>();
        services.AddScoped<MonevTriwulanFasilitator>();
    }
}

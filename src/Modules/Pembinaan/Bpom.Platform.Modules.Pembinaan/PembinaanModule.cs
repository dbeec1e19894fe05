using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Application;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Pembinaan;

/// <summary>SOP B — Pembinaan dan Pendampingan: activities (steps 1–6 on the shared SOP engine, routed to the units the
/// SOP names), the registry of businesses and stakeholders guided, lists and detail.</summary>
public sealed class PembinaanModule : IModule
{
    public string Name => "Pembinaan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<PembinaanDbContext>(configuration, PembinaanDbContext.Schema);
        services.AddScoped<PengisiKegiatanPembinaan>();
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Pemberdayaan;

/// <summary>SOP C — Pemberdayaan Masyarakat: activities (steps 1–4 on the shared SOP engine), the kader registry and the
/// recap of communities reached per unit and period.</summary>
public sealed class PemberdayaanModule : IModule
{
    public string Name => "Pemberdayaan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddModuleDbContext<PemberdayaanDbContext>(configuration, PemberdayaanDbContext.Schema);
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Advokasi;

/// <summary>SOP A — Advokasi Pemangku Kepentingan: activities (steps 1–6 on the shared SOP engine), lists and detail.</summary>
public sealed class AdvokasiModule : IModule
{
    public string Name => "Advokasi";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddModuleDbContext<AdvokasiDbContext>(configuration, AdvokasiDbContext.Schema);
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Advokasi;

/// <summary>SOP A — Advokasi Pemangku Kepentingan. Registers itself only, until its issue builds it.</summary>
public sealed class AdvokasiModule : IModule
{
    public string Name => "Advokasi";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
    }
}

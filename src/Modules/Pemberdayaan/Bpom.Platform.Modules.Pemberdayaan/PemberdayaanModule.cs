using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Pemberdayaan;

/// <summary>SOP C — Pemberdayaan Masyarakat. Registers itself only, until its issue builds it.</summary>
public sealed class PemberdayaanModule : IModule
{
    public string Name => "Pemberdayaan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
    }
}

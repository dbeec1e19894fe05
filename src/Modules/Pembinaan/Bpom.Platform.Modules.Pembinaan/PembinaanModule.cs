using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Pembinaan;

/// <summary>SOP B — Pembinaan dan Pendampingan. Registers itself only, until its issue builds it.</summary>
public sealed class PembinaanModule : IModule
{
    public string Name => "Pembinaan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
    }
}

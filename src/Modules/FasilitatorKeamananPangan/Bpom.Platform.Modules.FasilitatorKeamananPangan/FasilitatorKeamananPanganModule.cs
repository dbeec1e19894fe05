using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan;

/// <summary>SOP D — Pembentukan Fasilitator Keamanan Pangan. Registers itself only, until its issue builds it.</summary>
public sealed class FasilitatorKeamananPanganModule : IModule
{
    public string Name => "FasilitatorKeamananPangan";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Kinerja;

/// <summary>Performance indicators, targets, realisation and scores. Registers itself only, until its issue builds it.</summary>
public sealed class KinerjaModule : IModule
{
    public string Name => "Kinerja";

    public void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
    }
}

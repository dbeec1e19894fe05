using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A module of the monolith. The host lists its modules once; each registers its own services, DbContext and
/// seeders. Its assembly is scanned for MediatR handlers, validators and API controllers.
/// </summary>
public interface IModule
{
    string Name { get; }

    void Register(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment);
}

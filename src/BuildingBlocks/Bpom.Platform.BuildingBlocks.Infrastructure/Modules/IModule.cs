using System.Reflection;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A module of the monolith. The host lists its modules once (<c>DaftarModul</c>); each module wires itself through
/// <see cref="ModuleBuilder"/>: its services, DbContext (with a health check), seeders and recurring jobs. Its
/// assembly is scanned for MediatR handlers, validators and API controllers (internal ones included).
/// </summary>
public interface IModule
{
    /// <summary>Short name (also the schema owner and the name in logs and health checks).</summary>
    string Name { get; }

    /// <summary>The module's Contracts assembly: what other modules may reference. Commands defined there run in
    /// this module's unit of work.</summary>
    Assembly Contracts { get; }

    void Register(ModuleBuilder module);
}

using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

/// <summary>Finds controllers in module assemblies even when they are internal (a module exposes nothing public but
/// its <see cref="IModule"/>); other assemblies keep MVC's rules.</summary>
public sealed class ModuleControllerFeatureProvider(IEnumerable<Assembly> moduleAssemblies) : ControllerFeatureProvider
{
    private readonly HashSet<Assembly> _modul = [.. moduleAssemblies];

    protected override bool IsController(TypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (!_modul.Contains(typeInfo.Assembly))
        {
            return base.IsController(typeInfo);
        }

        return typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
               && typeof(ControllerBase).IsAssignableFrom(typeInfo)
               && !typeInfo.IsDefined(typeof(NonControllerAttribute));
    }
}

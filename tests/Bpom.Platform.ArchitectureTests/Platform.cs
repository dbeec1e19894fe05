using System.Reflection;
using Bpom.Platform.Api;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;

namespace Bpom.Platform.ArchitectureTests;

/// <summary>The platform as the architecture tests see it: the host's one module list and the built assemblies.</summary>
internal static class Platform
{
    public const string ModulePrefix = "Bpom.Platform.Modules.";

    public static readonly IReadOnlyList<Assembly> All = Directory
        .GetFiles(AppContext.BaseDirectory, "Bpom.Platform.*.dll")
        .Select(Assembly.LoadFrom)
        .ToList();

    /// <summary>The modules the host composes (<see cref="DaftarModul"/>): the list exists once.</summary>
    public static IReadOnlyList<IModule> Modules => DaftarModul.Semua;

    public static Assembly Host => typeof(DaftarModul).Assembly;

    /// <summary>The module that breaks every rule on purpose (tests/Bpom.Platform.ArchitectureTests.Pelanggar).</summary>
    public static Assembly Pelanggar => Load(ModulePrefix + "Pelanggar");

    public static Assembly Load(string name) => All.Single(a => a.GetName().Name == name);

    public static IModule Module(string name) => Modules.Single(m => m.Name == name);

    public static string Name(this Assembly assembly) => assembly.GetName().Name!;

    /// <summary>Every module's root namespace, e.g. <c>Bpom.Platform.Modules.Kinerja</c>.</summary>
    public static IEnumerable<string> ModuleNamespaces => Modules.Select(m => m.GetType().Namespace!);
}

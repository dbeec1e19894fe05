using System.Reflection;
using NetArchTest.Rules;

namespace Bpom.Platform.ArchitectureTests;

/// <summary>The boundary rules as functions of an assembly, so the tests can also show that each one catches a
/// violation (<see cref="Platform.Pelanggar"/>). Each returns what breaks the rule; empty = kept.</summary>
internal static class Aturan
{
    private static readonly string[] Lapisan = ["Domain", "Application", "Infrastructure", "Api"];

    /// <summary>A module references other modules only through their Contracts: no assembly reference to another
    /// module's implementation and no type depending on another module's layers.</summary>
    public static IReadOnlyList<string> HanyaLewatContracts(Assembly module, string moduleNamespace)
    {
        var salah = module.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => a.StartsWith(Platform.ModulePrefix, StringComparison.Ordinal)
                        && !a.EndsWith(".Contracts", StringComparison.Ordinal)
                        && a != moduleNamespace)
            .Select(a => $"references {a}")
            .ToList();
        var lain = Platform.ModuleNamespaces.Append(Platform.ModulePrefix + "Sop").Distinct().Where(n => n != moduleNamespace);
        var result = Types.InAssembly(module).Should()
            .NotHaveDependencyOnAny(lain.SelectMany(n => Lapisan.Select(l => $"{n}.{l}")).ToArray())
            .GetResult();
        salah.AddRange(result.FailingTypeNames ?? []);
        return salah;
    }

    /// <summary>The host composes modules through their <c>IModule</c> only: no type of the host depends on a
    /// module's Domain, Application, Infrastructure or Api namespace.</summary>
    public static IReadOnlyList<string> HostTanpaInternalModul(Assembly host)
    {
        var terlarang = Platform.ModuleNamespaces.SelectMany(n => Lapisan.Select(l => $"{n}.{l}")).ToArray();
        return Types.InAssembly(host).Should().NotHaveDependencyOnAny(terlarang).GetResult().FailingTypeNames?.ToList() ?? [];
    }
}

using NetArchTest.Rules;

namespace Bpom.Platform.ArchitectureTests;

public class ModuleBoundaryTests
{
    public static TheoryData<string> Modules() => new(Platform.Modules.Select(m => m.Name));

    [Fact]
    public void Every_module_and_its_contracts_are_built_and_the_list_names_each_once()
    {
        Assert.NotEmpty(Platform.Modules);
        Assert.Equal(Platform.Modules.Count, Platform.Modules.Select(m => m.Name).Distinct().Count());
        foreach (var module in Platform.Modules)
        {
            Assert.Equal(module.GetType().Namespace, module.GetType().Assembly.Name());
            Assert.Equal(module.GetType().Assembly.Name() + ".Contracts", module.Contracts.Name());
        }
    }

    [Fact]
    public void Every_module_assembly_that_is_built_is_in_the_host_list()
    {
        var listed = Platform.Modules.Select(m => m.GetType().Assembly.Name()).ToHashSet();
        var built = Platform.All.Select(a => a.Name())
            .Where(n => n.StartsWith(Platform.ModulePrefix, StringComparison.Ordinal) && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .Where(n => n != Platform.Pelanggar.Name());
        Assert.All(built, n => Assert.Contains(n, listed));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_other_modules_only_through_their_contracts(string name)
    {
        var module = Platform.Module(name);
        Assert.Empty(Aturan.HanyaLewatContracts(module.GetType().Assembly, module.GetType().Namespace!));
    }

    [Fact]
    public void A_module_using_the_SOP_engine_s_DbContext_or_internals_breaks_the_rule()
    {
        var salah = Aturan.HanyaLewatContracts(Platform.Pelanggar, Platform.Pelanggar.Name());
        Assert.Contains("references Bpom.Platform.Modules.Sop", salah);
        Assert.Contains("Bpom.Platform.Modules.Pelanggar.Application.MemakaiMesinSop", salah);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_depend_on_no_module_implementation_EF_or_ASP_NET(string name)
    {
        var references = Platform.Module(name).Contracts.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith(Platform.ModulePrefix, StringComparison.Ordinal) && !r.EndsWith(".Contracts", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_imports_no_module_s_application_infrastructure_domain_or_api_namespace()
    {
        Assert.Empty(Aturan.HostTanpaInternalModul(Platform.Host));
    }

    [Fact]
    public void A_host_importing_a_module_s_application_namespace_breaks_the_rule()
    {
        // The violator stands in for a host: it imports the engine's Application and Infrastructure namespaces.
        var salah = Aturan.HostTanpaInternalModul(Platform.Pelanggar);
        Assert.Contains("Bpom.Platform.Modules.Pelanggar.Application.MemakaiMesinSop", salah);
    }

    [Fact]
    public void Building_blocks_know_no_module()
    {
        foreach (var bb in Platform.All.Where(a => a.Name().StartsWith("Bpom.Platform.BuildingBlocks", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(bb.GetReferencedAssemblies(), r => r.Name!.StartsWith(Platform.ModulePrefix, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_domain_code_has_no_web_EF_or_messaging_dependency(string name)
    {
        var module = Platform.Module(name);
        var result = Types.InAssembly(module.GetType().Assembly).That().ResideInNamespace($"{module.GetType().Namespace}.Domain")
            .Should().NotHaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MediatR", "Npgsql")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>A module's assembly exposes only its <c>IModule</c>: DbContexts, entities, handlers, DTOs and
    /// controllers are internal (EF's generated migrations aside), so no other assembly can use them by accident.</summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_exposes_nothing_but_its_module_class(string name)
    {
        var module = Platform.Module(name);
        var publik = module.GetType().Assembly.GetExportedTypes()
            .Where(t => t != module.GetType() && !t.Namespace!.EndsWith(".Migrations", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(publik);
    }
}

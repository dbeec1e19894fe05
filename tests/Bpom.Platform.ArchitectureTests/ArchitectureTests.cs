using System.Reflection;
using FluentValidation;
using MediatR;
using NetArchTest.Rules;

namespace Bpom.Platform.ArchitectureTests;

public class ArchitectureTests
{
    private const string ModulePrefix = "Bpom.Platform.Modules.";
    private static readonly string[] ModuleNames = ["Organisasi", "Sop", "Advokasi", "Pembinaan", "Pemberdayaan", "FasilitatorKeamananPangan", "Kinerja"];

    private static readonly IReadOnlyList<Assembly> All = Directory
        .GetFiles(AppContext.BaseDirectory, "Bpom.Platform.*.dll")
        .Select(f => Assembly.LoadFrom(f))
        .ToList();

    private static Assembly Load(string name) => All.Single(a => a.GetName().Name == name);

    private static Assembly Module(string name) => Load(ModulePrefix + name);

    private static Assembly Contracts(string name) => Load($"{ModulePrefix}{name}.Contracts");

    public static TheoryData<string> Modules() => new(ModuleNames);

    [Fact]
    public void Every_module_and_its_contracts_are_built()
    {
        foreach (var name in ModuleNames)
        {
            Assert.NotNull(Module(name));
            Assert.NotNull(Contracts(name));
        }
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_other_modules_only_through_their_contracts(string name)
    {
        var forbidden = Module(name).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => a.StartsWith(ModulePrefix, StringComparison.Ordinal)
                        && !a.EndsWith(".Contracts", StringComparison.Ordinal)
                        && a != ModulePrefix + name)
            .ToList();
        Assert.Empty(forbidden);

        var otherModules = ModuleNames.Where(n => n != name).Select(n => $"{ModulePrefix}{n}.").ToArray();
        var typeLevel = Types.InAssembly(Module(name)).That().ResideInNamespaceStartingWith(ModulePrefix + name)
            .Should().NotHaveDependencyOnAny(otherModules.SelectMany(o => new[] { o + "Domain", o + "Application", o + "Infrastructure", o + "Api" }).ToArray())
            .GetResult();
        Assert.True(typeLevel.IsSuccessful, string.Join(", ", typeLevel.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_depend_on_no_module_implementation(string name)
    {
        var references = Contracts(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith(ModulePrefix, StringComparison.Ordinal) && !r.EndsWith(".Contracts", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_blocks_know_no_module()
    {
        foreach (var bb in All.Where(a => a.GetName().Name!.StartsWith("Bpom.Platform.BuildingBlocks", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(bb.GetReferencedAssemblies(), r => r.Name!.StartsWith(ModulePrefix, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Bpom.Platform.BuildingBlocks.Domain")]
    [InlineData("Bpom.Platform.BuildingBlocks.Application")]
    public void Domain_and_application_building_blocks_have_no_web_or_EF_dependency(string assembly)
    {
        var result = Types.InAssembly(Load(assembly)).Should()
            .NotHaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_SOP_engine_domain_has_no_web_EF_or_messaging_dependency()
    {
        var result = Types.InAssembly(Load("Bpom.Platform.Modules.Sop")).That()
            .ResideInNamespace("Bpom.Platform.Modules.Sop.Domain")
            .Should().NotHaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MediatR", "Npgsql")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_pure_domain_building_block_does_not_even_know_MediatR()
    {
        var result = Types.InAssembly(Load("Bpom.Platform.BuildingBlocks.Domain")).Should()
            .NotHaveDependencyOnAny("MediatR", "FluentValidation", "Microsoft.Extensions")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_domain_code_has_no_web_EF_or_messaging_dependency(string name)
    {
        var result = Types.InAssembly(Module(name)).That().ResideInNamespace($"{ModulePrefix}{name}.Domain")
            .Should().NotHaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MediatR", "Npgsql")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static IEnumerable<Type> RequestTypes() => All
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false, IsInterface: false }
                    && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
                    && t.Namespace!.StartsWith("Bpom.Platform.Modules", StringComparison.Ordinal));

    [Fact]
    public void Every_request_with_input_has_a_FluentValidation_validator()
    {
        var validated = All.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var requests = RequestTypes().ToList();
        Assert.NotEmpty(requests);
        var missing = requests.Where(r => r.GetProperties().Length > 0 && !validated.Contains(r)).Select(r => r.Name).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_request_has_exactly_one_handler()
    {
        var handled = All.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .GroupBy(i => i.GetGenericArguments()[0])
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var request in RequestTypes())
        {
            Assert.True(handled.TryGetValue(request, out var n) && n == 1, $"{request.Name} has {n} handler(s)");
        }
    }

    [Fact]
    public void Handlers_and_validators_are_not_public_API_of_a_module()
    {
        var result = Types.InAssemblies(ModuleNames.Select(Module)).That()
            .ImplementInterface(typeof(IRequestHandler<,>)).Or().Inherit(typeof(AbstractValidator<>))
            .Should().NotBePublic().GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}

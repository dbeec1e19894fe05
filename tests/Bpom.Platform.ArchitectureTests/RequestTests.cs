using FluentValidation;
using MediatR;
using NetArchTest.Rules;

namespace Bpom.Platform.ArchitectureTests;

public class RequestTests
{
    private static IEnumerable<Type> RequestTypes() => Platform.All
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
                    && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
                    && t.Namespace!.StartsWith(Platform.ModulePrefix, StringComparison.Ordinal));

    [Fact]
    public void Every_request_with_input_has_a_FluentValidation_validator()
    {
        var validated = Platform.All.SelectMany(a => a.GetTypes())
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
        var handled = Platform.All.SelectMany(a => a.GetTypes())
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
        var result = Types.InAssemblies(Platform.Modules.Select(m => m.GetType().Assembly)).That()
            .ImplementInterface(typeof(IRequestHandler<,>)).Or().Inherit(typeof(AbstractValidator<>))
            .Should().NotBePublic().GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>The SOP module kit's generic requests (one per SOP module once closed) each have a generic validator
    /// and handler; the modules' registrations close them (covered by the modules' REST tests).</summary>
    [Fact]
    public void Every_generic_kit_request_has_a_generic_validator_and_handler()
    {
        var kit = Platform.Module("Sop").Contracts.GetTypes();
        var generik = kit.Where(t => t.IsGenericTypeDefinition && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))).ToList();
        Assert.NotEmpty(generik);
        foreach (var request in generik)
        {
            bool Untuk(Type i, Type pembuka) => i.IsGenericType && i.GetGenericTypeDefinition() == pembuka
                && i.GetGenericArguments()[0] is { IsGenericType: true } r && r.GetGenericTypeDefinition() == request;
            Assert.Single(kit, t => t.GetInterfaces().Any(i => Untuk(i, typeof(IRequestHandler<,>))));
            Assert.Single(kit, t => t.GetInterfaces().Any(i => Untuk(i, typeof(IValidator<>))));
        }
    }
}

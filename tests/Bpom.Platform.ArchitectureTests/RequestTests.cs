using Bpom.Platform.BuildingBlocks.Application.Messaging;
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

    /// <summary>A kept recap is keyed by its query's <c>ToString()</c> (ADR 0022): a record prints scalars by value
    /// but a collection by its type name, so two different list parameters would share one answer.</summary>
    [Fact]
    public void Every_recap_query_is_a_record_of_scalar_values_so_its_cache_key_names_them_all()
    {
        var rekap = RequestTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryRekap<>))).ToList();
        Assert.True(rekap.Count >= 6, $"only {rekap.Count} recap queries found");
        var salah = rekap.SelectMany(t => t.GetProperties().Where(p => p.Name != "EqualityContract")
                .Where(p => !Skalar(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)).Select(p => $"{t.Name}.{p.Name}"))
            .Concat(rekap.Where(t => t.GetMethod("<Clone>$") is null).Select(t => $"{t.Name} is not a record"))
            .ToList();
        Assert.Empty(salah);
    }

    private static bool Skalar(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(decimal)
        || t == typeof(NodaTime.LocalDate) || t == typeof(NodaTime.Instant);

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

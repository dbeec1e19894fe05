using System.Reflection;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The integration event types the modules define (found in their assemblies) and how an event is stored.</summary>
public sealed class DaftarJenisPesan
{
    private readonly Dictionary<string, Type> _jenis;

    public DaftarJenisPesan(IEnumerable<Assembly> assemblies)
    {
        _jenis = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
    }

    public static JsonSerializerOptions Json { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public IReadOnlyCollection<Type> Semua => _jenis.Values;

    public Type? Cari(string jenis) => _jenis.GetValueOrDefault(jenis);

    public static string Nama(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return integrationEvent.GetType().FullName!;
    }
}

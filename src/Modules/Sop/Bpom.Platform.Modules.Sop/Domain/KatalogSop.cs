using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Bpom.Platform.Modules.Sop.Domain;

/// <summary>Reads SOP definitions from their JSON form (the seed file and the stored versions).</summary>
internal static class KatalogSop
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), NodaConverters.LocalDateConverter },
    };

    public static IReadOnlyList<DefinisiSop> Parse(string json) =>
        JsonSerializer.Deserialize<List<DefinisiSop>>(json, Options) ?? [];

    public static string Serialize(IReadOnlyList<DefinisiLangkah> langkah) => JsonSerializer.Serialize(langkah, Options);

    public static IReadOnlyList<DefinisiLangkah> ParseLangkah(string json) =>
        JsonSerializer.Deserialize<List<DefinisiLangkah>>(json, Options) ?? [];
}

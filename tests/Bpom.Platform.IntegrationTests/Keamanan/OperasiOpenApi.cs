using System.Text;
using System.Text.Json.Nodes;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests.Keamanan;

/// <summary>One operation of the API as the OpenAPI document describes it.</summary>
public sealed record Operasi(string Method, string Path, List<JsonNode> Parameter, JsonNode? Body, string Jenis)
{
    public string Kunci => $"{Method} {Path}";

    public IEnumerable<JsonNode> Query => Parameter.Where(p => p["in"]!.GetValue<string>() == "query");

    public IEnumerable<string> PathParameter => Parameter.Where(p => p["in"]!.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>());
}

/// <summary>Walks the API's own OpenAPI document, so that generated tests cover every operation — a new one included.</summary>
public static class OperasiOpenApi
{
    public const string IdContoh = "0190aaaa-0000-7000-8000-000000000001";

    /// <summary>Every <c>/api</c> operation but the test-only ones, in a stable order, with its body schema resolved.</summary>
    public static async Task<List<Operasi>> SemuaAsync(ApiFactory api)
    {
        var doc = JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var hasil = new List<Operasi>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/api/uji", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (method, op) in item!.AsObject())
            {
                var parameter = op!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
                var konten = op["requestBody"]?["content"]?.AsObject();
                var jenis = konten?.Select(k => k.Key).FirstOrDefault() ?? "application/json";
                var body = konten?[jenis]?["schema"];
                hasil.Add(new Operasi(method.ToUpperInvariant(), path, parameter, body is null ? null : Selesaikan(doc, body), jenis));
            }
        }

        return [.. hasil.OrderBy(o => o.Kunci, StringComparer.Ordinal)];
    }

    /// <summary>The schema with every <c>$ref</c> replaced by what it names (nested objects and array items
    /// included), so generated values can reach nested properties.</summary>
    private static JsonNode Selesaikan(JsonNode doc, JsonNode schema, int kedalaman = 0)
    {
        var r = schema["$ref"]?.GetValue<string>();
        var s = (r is null ? schema : doc["components"]!["schemas"]![r.Split('/')[^1]]!).DeepClone();
        if (kedalaman > 10 || s is not JsonObject o)
        {
            return s;
        }

        if (o["properties"] is JsonObject props)
        {
            foreach (var nama in props.Select(p => p.Key).ToList())
            {
                props[nama] = Selesaikan(doc, props[nama]!, kedalaman + 1);
            }
        }

        if (o["items"] is JsonNode items)
        {
            o["items"] = Selesaikan(doc, items, kedalaman + 1);
        }

        if (o["additionalProperties"] is JsonObject tambahan)
        {
            o["additionalProperties"] = Selesaikan(doc, tambahan, kedalaman + 1);
        }

        if (o["allOf"] is JsonArray semua && semua.Count == 1)
        {
            return Selesaikan(doc, semua[0]!, kedalaman);
        }

        return o;
    }

    /// <summary>The operation's address with its path parameters filled (<paramref name="isi"/> first, then a sample
    /// per name) and its required query parameters given (<paramref name="query"/>, else a sample of the type).</summary>
    public static string Url(Operasi o, Func<string, string>? query = null, IReadOnlyDictionary<string, string>? isi = null)
    {
        var path = o.Path;
        foreach (var nama in o.PathParameter)
        {
            var nilai = isi?.GetValueOrDefault(nama) ?? nama switch
            {
                "tahun" => "2025",
                "kodeSop" => "POM-04.01-A",
                "kode" => "A1",
                "aksi" => "Mulai",
                "nomor" => "1",
                _ => IdContoh,
            };
            path = path.Replace("{" + nama + "}", nilai, StringComparison.Ordinal);
        }

        var q = o.Query.Where(p => p["required"]?.GetValue<bool>() == true)
            .Select(p => $"{p["name"]}={(query is null ? Contoh(p["schema"]) : query(p["name"]!.GetValue<string>()))}").ToList();
        return q.Count == 0 ? path : $"{path}?{string.Join("&", q)}";
    }

    public static string Contoh(JsonNode? schema) => schema?["type"]?.GetValue<string>() switch
    {
        "integer" or "number" => "2026",
        "boolean" => "false",
        _ => schema?["format"]?.GetValue<string>() == "uuid" ? IdContoh : "x",
    };

    /// <summary>The request with a body of the operation's own media type (else routing answers 415 before any
    /// authorization runs, which would hide what a test is about).</summary>
    public static HttpRequestMessage Permintaan(Operasi o, string url, string? json) => new(new HttpMethod(o.Method), url)
    {
        Content = o.Method is "GET" or "DELETE" ? null : o.Jenis switch
        {
            "multipart/form-data" => new MultipartFormDataContent { { new StringContent("x"), "catatan" } },
            "application/json" => new StringContent(json ?? "{}", Encoding.UTF8, "application/json"),
            var lain => new StringContent("x", Encoding.UTF8, lain),
        },
    };

    /// <summary>The first type a schema names (OpenAPI 3.1 writes nullable types as <c>["string", "null"]</c>).</summary>
    public static string? Tipe(JsonNode? skema) => skema?["type"] switch
    {
        JsonArray a => a.Select(x => x!.GetValue<string>()).FirstOrDefault(x => x != "null"),
        JsonValue v => v.GetValue<string>(),
        _ => skema?["properties"] is not null ? "object" : null,
    };
}

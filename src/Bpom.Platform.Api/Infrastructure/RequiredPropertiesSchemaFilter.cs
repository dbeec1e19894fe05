using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// Marks every property whose C# type is non-nullable as <c>required</c>, so generated clients know which fields are
/// always present (responses) or must be sent (requests; validation still names a missing one in a 400).
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } || context.Type.IsEnum)
        {
            return;
        }

        // NullabilityInfoContext caches in a plain Dictionary and is not thread-safe: one per schema, since two
        // documents may be generated at once (two cold requests, or two hosts in one test run).
        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!concrete.Properties.ContainsKey(name) || nullability.Create(property).ReadState != NullabilityState.NotNull)
            {
                continue;
            }

            concrete.Required ??= new HashSet<string>();
            concrete.Required.Add(name);
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NodaTime;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>OpenAPI document at /swagger/v1/swagger.json, UI at /swagger.</summary>
internal static class SwaggerSetup
{
    public static IServiceCollection AddBpomSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Bpom.Platform API",
                Version = "v1",
                Description = "SOP POM-04.01 workflows (Advokasi, Pembinaan dan Pendampingan, Pemberdayaan Masyarakat, " +
                              "Pembentukan Fasilitator Keamanan Pangan), Kinerja, and the organisation and hari kerja (HK) " +
                              "calendar they run on. Log in with POST /api/auth/login and send the token as " +
                              "`Authorization: Bearer <accessToken>`. Errors are RFC 9457 ProblemDetails; validation errors " +
                              "list each field under `errors`. Dates are ISO `YYYY-MM-DD`, instants ISO-8601 UTC.",
            });

            // Every platform assembly's XML docs: modules, their Contracts (DTOs other modules share) and the host.
            var berkasXml = Directory.GetFiles(AppContext.BaseDirectory, "Bpom.Platform.*.xml").Order(StringComparer.Ordinal).ToList();
            foreach (var xml in berkasXml)
            {
                options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }

            options.DocumentFilter<DeskripsiTagFilter>(berkasXml);

            options.MapType<LocalDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date", Example = JsonValue.Create("2026-03-31") });
            options.MapType<Instant>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Example = JsonValue.Create("2026-03-31T17:00:00Z") });
            options.MapType<OffsetDateTime>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Example = JsonValue.Create("2026-04-01T00:00:00+07:00") });
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.OperationFilter<TanggapanUmumFilter>();
            options.CustomSchemaIds(SchemaId);

            options.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/auth/login.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("bearer", document)] = [],
            });
        });
        return services;
    }

    /// <summary>The type's own name, never its namespace: a schema id is part of the public contract and must not
    /// change when code moves between namespaces or modules. A generic gets its arguments' names appended
    /// (Halaman&lt;KegiatanAdvokasiRingkasDto&gt; → HalamanKegiatanAdvokasiRingkasDto). Two public types with the same
    /// name are a startup error (<see cref="SkemaGanda"/>), so names stay unique across modules.</summary>
    private static string SchemaId(Type t)
    {
        var nama = t.IsGenericType
            ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}{string.Concat(t.GetGenericArguments().Select(SchemaId))}"
            : t.Name;
        if (t.IsNested && t.DeclaringType is { } luar && !t.IsGenericType)
        {
            nama = $"{luar.Name}{nama}";
        }

        var terdaftar = SkemaTerdaftar.GetOrAdd(nama, t);
        return terdaftar == t ? nama : throw new SkemaGanda(nama, terdaftar, t);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Type> SkemaTerdaftar = new(StringComparer.Ordinal);
}

/// <summary>Two API types would share one OpenAPI schema id; rename one of them.</summary>
internal sealed class SkemaGanda(string nama, Type pertama, Type kedua)
    : InvalidOperationException($"OpenAPI schema id '{nama}' is used by both {pertama.FullName} and {kedua.FullName}; give one of them another name.");

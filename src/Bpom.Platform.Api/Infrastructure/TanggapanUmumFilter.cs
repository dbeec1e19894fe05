using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// The answers any API operation can give besides its own, documented once for integrators: 429 when a rate limit
/// (per user, per IP, heavy reports, login) is reached and 503 while the database cannot be reached — both RFC 9457
/// ProblemDetails with <c>Retry-After</c> (seconds), both safe to retry after that wait.
/// </summary>
internal sealed class TanggapanUmumFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        Tambah(operation, "429", "Terlalu banyak permintaan: batas laju tercapai. Ulangi setelah Retry-After detik.", problem);
        Tambah(operation, "503", "Layanan sementara tidak tersedia (basis data tidak terjangkau). Ulangi setelah Retry-After detik.", problem);
    }

    /// <summary>Adds the answer, or completes one the operation declares itself (its Retry-After header and the
    /// problem+json body).</summary>
    private static void Tambah(OpenApiOperation operation, string status, string keterangan, IOpenApiSchema problem)
    {
        if (!operation.Responses!.TryGetValue(status, out var ada) || ada is not OpenApiResponse tanggapan)
        {
            tanggapan = new OpenApiResponse { Description = keterangan };
            operation.Responses[status] = tanggapan;
        }

        tanggapan.Headers ??= new Dictionary<string, IOpenApiHeader>();
        tanggapan.Headers.TryAdd("Retry-After", new OpenApiHeader
        {
            Description = "Detik sebelum permintaan boleh diulang.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        });
        tanggapan.Content ??= new Dictionary<string, OpenApiMediaType>();
        tanggapan.Content.TryAdd("application/problem+json", new OpenApiMediaType { Schema = problem });
    }
}

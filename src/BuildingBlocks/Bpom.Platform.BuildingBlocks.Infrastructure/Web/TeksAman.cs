using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// One rule for all text the API accepts: no NUL character (PostgreSQL cannot store it; it hides text from search and
/// logs). Checked at the edge — the query string and route (<see cref="UseTeksAman"/>), every JSON string
/// (<see cref="StringTanpaNul"/>), every form field and file name (<see cref="FormTanpaNul"/>); text bodies (CSV)
/// are checked by their formatter with <see cref="AdaNul"/>. The answer is a 400 ProblemDetails naming the field;
/// nothing is written.
/// </summary>
public static class TeksAman
{
    public const string Pesan = "Teks tidak boleh berisi karakter NUL (\\u0000).";

    public static bool AdaNul(string? teks) => teks is not null && teks.Contains('\0', StringComparison.Ordinal);

    public static IApplicationBuilder UseTeksAman(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        string? kolom = null;
        foreach (var (kunci, nilai) in context.Request.Query)
        {
            if (AdaNul(kunci) || nilai.Any(AdaNul))
            {
                kolom = AdaNul(kunci) ? "query" : kunci;
                break;
            }
        }

        if (kolom is null && AdaNul(Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty)))
        {
            kolom = "path";
        }

        if (kolom is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsJsonAsync(
            Masalah(context, kolom),
            options: null,
            contentType: "application/problem+json",
            cancellationToken: context.RequestAborted);
    });

    private static ValidationProblemDetails Masalah(HttpContext context, string kolom) => new(new Dictionary<string, string[]> { [kolom] = [Pesan] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Data tidak valid",
        Detail = "Periksa kembali isian yang ditandai.",
        Instance = $"{context.Request.Method} {context.Request.Path}",
        Extensions = { ["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier },
    };

    /// <summary>JSON strings: a NUL makes the body invalid (400 with the property's path).</summary>
    public sealed class StringTanpaNul : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var s = reader.GetString();
            return AdaNul(s) ? throw new JsonException(Pesan) : s;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Form posts (uploads): every field and file name.</summary>
    public sealed class FormTanpaNul : IAsyncResourceFilter
    {
        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            var request = context.HttpContext.Request;
            IFormCollection? form = null;
            if (request.HasFormContentType)
            {
                try
                {
                    form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed form: model binding answers it (400 naming the body).
                }
            }

            if (form is not null)
            {
                var salah = form.Where(f => AdaNul(f.Key) || f.Value.Any(AdaNul)).Select(f => f.Key)
                    .Concat(form.Files.Where(f => AdaNul(f.FileName) || AdaNul(f.Name)).Select(f => f.Name))
                    .FirstOrDefault();
                if (salah is not null)
                {
                    context.Result = new BadRequestObjectResult(Masalah(context.HttpContext, salah)) { ContentTypes = { "application/problem+json" } };
                    return;
                }
            }

            await next();
        }
    }
}

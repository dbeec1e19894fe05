using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// Model-binding failures (a date that is not a date, malformed JSON) as 400 ValidationProblemDetails whose keys are
/// the field names clients send ("mulai", "tanggal"), not "$.tanggal" or the C# parameter name.
/// </summary>
internal static class ModelStateProblems
{
    /// <summary>The names System.Text.Json lists after "missing required properties including:".</summary>
    private static string Wajib(string sebab)
    {
        var i = sebab.IndexOf("including:", StringComparison.Ordinal);
        return i < 0 ? "(lihat dokumentasi operasi)" : sebab[(i + "including:".Length)..].Split('.')[0].Trim().Trim('\'', '"');
    }

    public static IActionResult Create(ActionContext context)
    {
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            if (key.Length == 0)
            {
                errors["body"] = ["Isi permintaan tidak dapat dibaca."];
            }
            else if (key.StartsWith('$'))
            {
                var field = key.TrimStart('$', '.');
                var sebab = string.Join(" ", entry.Errors.Select(e => $"{e.ErrorMessage} {e.Exception?.Message}"));
                errors[field.Length == 0 ? "body" : field] = [
                    sebab.Contains(TeksAman.Pesan, StringComparison.Ordinal) ? TeksAman.Pesan
                    : sebab.Contains("could not be mapped", StringComparison.Ordinal) ? $"Properti {field} tidak dikenal oleh operasi ini."
                    : sebab.Contains("missing required properties", StringComparison.Ordinal)
                        ? $"Properti wajib tidak ada: {Wajib(sebab)}."
                    : field.Length == 0 ? "Isi permintaan bukan JSON yang valid."
                    : $"Nilai {field} tidak valid (periksa format, mis. tanggal YYYY-MM-DD)."];
            }
            else if (bodyParameters.Contains(key))
            {
                errors.TryAdd("body", ["Isi permintaan (JSON) wajib diisi."]);
            }
            else
            {
                errors[key] = entry.Errors.Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? $"Nilai {key} tidak valid." : e.ErrorMessage).ToArray();
            }
        }

        if (errors.Count > 1)
        {
            errors.Remove("body");
        }

        var modelState = new ModelStateDictionary();
        foreach (var (key, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }

        var problem = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(context.HttpContext, modelState, StatusCodes.Status400BadRequest,
                title: "Data tidak valid", detail: "Periksa kembali isian yang ditandai.");
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}

/// <summary>Model-binding messages in Bahasa Indonesia.</summary>
internal static class IndonesianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"Nilai '{value}' tidak valid untuk {field}.");
        p.SetValueIsInvalidAccessor(value => $"Nilai '{value}' tidak valid.");
        p.SetValueMustBeANumberAccessor(field => $"{field} harus berupa angka.");
        p.SetMissingBindRequiredValueAccessor(field => $"{field} wajib diisi.");
        p.SetMissingKeyOrValueAccessor(() => "Nilai wajib diisi.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan wajib diisi.");
        p.SetValueMustNotBeNullAccessor(value => $"Nilai '{value}' tidak valid.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Nilai '{value}' tidak valid.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Nilai harus berupa angka.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Nilai untuk {field} tidak valid.");
    }
}

using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Maps exceptions to RFC 9457 ProblemDetails: validation → 400 with per-field errors, authentication → 401,
/// forbidden → 403, not found → 404, business-rule conflicts and unique violations → 409, everything else → 500
/// with a trace id (exception details only in Development).
/// </summary>
public sealed partial class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    IWebHostEnvironment environment,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ProblemDetails problem = exception switch
        {
            ValidationException v => Validation(v),
            AuthenticationFailedException a => Problem(StatusCodes.Status401Unauthorized, "Autentikasi gagal", a.Message),
            ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Akses ditolak", f.Message),
            NotFoundException n => Problem(StatusCodes.Status404NotFound, "Data tidak ditemukan", n.Message),
            DomainException d => Problem(StatusCodes.Status409Conflict, "Tidak dapat diproses", d.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Konflik perubahan data",
                "Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(StatusCodes.Status409Conflict, "Data sudah ada", "Data dengan nilai yang sama sudah ada."),
            BadHttpRequestException b => Problem(b.StatusCode, "Permintaan tidak valid", b.Message),
            InvalidDataException i => Problem(StatusCodes.Status400BadRequest, "Permintaan tidak valid", i.Message),
            PrasyaratGagalException p => Problem(StatusCodes.Status412PreconditionFailed, "Versi data tidak sesuai", p.Message),
            TerlaluBanyakPermintaanException t => Problem(StatusCodes.Status429TooManyRequests, "Terlalu banyak permintaan", t.Message),
            _ when Postgres(exception) is { SqlState: "22001" } =>
                Problem(StatusCodes.Status400BadRequest, "Data tidak valid", "Teks terlalu panjang untuk kolomnya."),
            _ when Postgres(exception) is { SqlState: "22021" or "22P05" } =>
                Problem(StatusCodes.Status400BadRequest, "Data tidak valid", "Teks berisi karakter yang tidak diizinkan (mis. karakter NUL)."),
            _ when BasisDataTidakTersedia(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "Layanan sementara tidak tersedia",
                "Basis data sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi; data yang belum tersimpan tidak diubah."),
            _ => Problem(StatusCodes.Status500InternalServerError, "Terjadi kesalahan pada server",
                "Kesalahan tak terduga. Sampaikan traceId kepada admin bila berulang."),
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception);
            if (environment.IsDevelopment())
            {
                problem.Extensions["exception"] = exception.ToString();
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is TerlaluBanyakPermintaanException lebih)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, lebih.DetikCobaLagi).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => ToCamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Data tidak valid",
            Detail = "Periksa kembali isian yang ditandai.",
        };
    }

    /// <summary>"Items[0].NamaUnit" → "items[0].namaUnit", matching the JSON names clients send.</summary>
    public static string ToCamelCasePath(string propertyPath) =>
        string.Join('.', (propertyPath ?? string.Empty).Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    public static PostgresException? Postgres(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is PostgresException p)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The database cannot be reached (down, restarting, pool exhausted, failing over): a transient outage,
    /// answered 503 with Retry-After.</summary>
    public static bool BasisDataTidakTersedia(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is NpgsqlException { IsTransient: true } || x is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" or "08006" or "08001" })
            {
                return true;
            }

            if (x is InvalidOperationException io && io.Message.Contains("retry", StringComparison.OrdinalIgnoreCase) && x.InnerException is NpgsqlException)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Security.Cryptography;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>A write sent with an <c>Idempotency-Key</c>: who, which key, what was asked, and — once done — the answer.</summary>
public sealed class KunciIdempotensi
{
    public Guid PenggunaId { get; set; }

    public string Kunci { get; set; } = string.Empty;

    /// <summary>SHA-256 of method, path, query and body.</summary>
    public string Hash { get; set; } = string.Empty;

    public int? Status { get; set; }

    public byte[]? Isi { get; set; }

    public string? JenisKonten { get; set; }

    public string? Lokasi { get; set; }

    public Instant DibuatPada { get; set; }
}

/// <summary>
/// Idempotent writes: a POST/PUT/PATCH/DELETE under <c>/api</c> with an <c>Idempotency-Key</c> header (1–100 visible
/// characters, per user, kept 24 hours) runs once. A repeat with the same key and the same request returns the first
/// answer (<c>Idempotency-Replayed: true</c>) and changes nothing; a repeat that arrives while the first still runs
/// waits for it; the same key with a different request is 422. A 5xx answer is not kept (the client may retry).
/// Keys are stored in their own transaction, outside the command's.
/// </summary>
public static class Idempotensi
{
    public const string Header = "Idempotency-Key";

    public static IApplicationBuilder UseIdempotensi(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(Header, out var nilai) || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || !request.Path.StartsWithSegments("/api") || context.User.FindFirst("sub")?.Value is not { } sub || !Guid.TryParse(sub, out var pengguna))
        {
            await next(context);
            return;
        }

        var kunci = nilai.ToString().Trim();
        if (kunci.Length is 0 or > 100 || kunci.Any(c => c < '!' || c > '~'))
        {
            await TulisMasalahAsync(context, StatusCodes.Status400BadRequest, "Idempotency-Key tidak valid", "Idempotency-Key berisi 1–100 karakter ASCII yang terlihat.");
            return;
        }

        request.EnableBuffering();
        using var isiPermintaan = new MemoryStream();
        await request.Body.CopyToAsync(isiPermintaan, context.RequestAborted);
        request.Body.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(
            [.. System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"), .. isiPermintaan.ToArray()]));

        var scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var clock = context.RequestServices.GetRequiredService<IClock>();
        var ada = await KlaimAsync(scopes, pengguna, kunci, hash, clock, context.RequestAborted);
        if (ada is not null)
        {
            if (ada.Hash != hash)
            {
                await TulisMasalahAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key sudah dipakai",
                    "Kunci ini sudah dipakai untuk permintaan lain; buat kunci baru untuk permintaan baru.");
                return;
            }

            var selesai = await TungguAsync(scopes, pengguna, kunci, ada, context.RequestAborted);
            if (selesai?.Status is not { } status)
            {
                await TulisMasalahAsync(context, StatusCodes.Status409Conflict, "Permintaan masih diproses",
                    "Permintaan dengan Idempotency-Key ini masih diproses; coba lagi sebentar lagi.");
                return;
            }

            context.Response.StatusCode = status;
            context.Response.Headers["Idempotency-Replayed"] = "true";
            if (selesai.JenisKonten is { } jenis)
            {
                context.Response.ContentType = jenis;
            }

            if (selesai.Lokasi is { } lokasi)
            {
                context.Response.Headers.Location = lokasi;
            }

            if (selesai.Isi is { Length: > 0 } isi)
            {
                await context.Response.Body.WriteAsync(isi, context.RequestAborted);
            }

            return;
        }

        var asli = context.Response.Body;
        using var tangkap = new MemoryStream();
        context.Response.Body = tangkap;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = asli;
        }

        var jawaban = tangkap.ToArray();
        await SimpanAsync(scopes, pengguna, kunci, context.Response, jawaban);
        await asli.WriteAsync(jawaban, context.RequestAborted);
    });

    /// <summary>Claims the key (insert); returns the existing record when another request has it.</summary>
    private static async Task<KunciIdempotensi?> KlaimAsync(IServiceScopeFactory scopes, Guid pengguna, string kunci, string hash, IClock clock, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
        db.Idempotensi.Add(new KunciIdempotensi { PenggunaId = pengguna, Kunci = kunci, Hash = hash, DibuatPada = clock.GetCurrentInstant() });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return await db.Idempotensi.AsNoTracking().SingleAsync(k => k.PenggunaId == pengguna && k.Kunci == kunci, ct);
        }
    }

    /// <summary>Waits (up to 30 s) for the first request with the key to finish.</summary>
    private static async Task<KunciIdempotensi?> TungguAsync(IServiceScopeFactory scopes, Guid pengguna, string kunci, KunciIdempotensi ada, CancellationToken ct)
    {
        var akhir = DateTime.UtcNow.AddSeconds(30);
        var k = ada;
        while (k is { Status: null } && DateTime.UtcNow < akhir)
        {
            await Task.Delay(100, ct);
            await using var scope = scopes.CreateAsyncScope();
            k = await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Idempotensi.AsNoTracking()
                .SingleOrDefaultAsync(x => x.PenggunaId == pengguna && x.Kunci == kunci, ct);
        }

        return k;
    }

    /// <summary>Keeps the answer (or releases the key after a 5xx, so a retry runs again).</summary>
    private static async Task SimpanAsync(IServiceScopeFactory scopes, Guid pengguna, string kunci, HttpResponse response, byte[] isi)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
        var k = await db.Idempotensi.SingleAsync(x => x.PenggunaId == pengguna && x.Kunci == kunci, CancellationToken.None);
        if (response.StatusCode >= 500 || response.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            db.Idempotensi.Remove(k);
        }
        else
        {
            k.Status = response.StatusCode;
            k.Isi = isi;
            k.JenisKonten = response.ContentType;
            k.Lokasi = response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static Task TulisMasalahAsync(HttpContext context, int status, string judul, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Status = status,
                Title = judul,
                Detail = detail,
                Instance = $"{context.Request.Method} {context.Request.Path}",
                Extensions = { ["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier },
            },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: context.RequestAborted);
    }
}

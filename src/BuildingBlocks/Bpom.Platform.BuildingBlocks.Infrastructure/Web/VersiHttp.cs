using System.Reflection;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Optimistic concurrency over HTTP. Reads of a versioned resource (<see cref="IBerversi"/>, or a DTO whose
/// <c>Instans</c> is one — every SOP activity) answer with its <c>ETag</c>; a write that sends <c>If-Match</c> with
/// that tag is refused with 412 when the resource changed meanwhile (<see cref="IPrasyaratVersi"/>, checked where
/// the resource is loaded for the change). Without <c>If-Match</c> the database's own concurrency token still turns a
/// truly simultaneous edit into 409.
/// </summary>
public sealed class EtagFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is ObjectResult { Value: { } nilai } hasil && (hasil.StatusCode is null or 200 or 201)
            && Versi(nilai) is { } etag)
        {
            context.HttpContext.Response.Headers.ETag = etag;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static string? Versi(object nilai) => nilai switch
    {
        IBerversi b => b.Etag,
        _ => nilai.GetType().GetProperty("Instans", BindingFlags.Public | BindingFlags.Instance)?.GetValue(nilai) is IBerversi i ? i.Etag : null,
    };
}

/// <summary>Reads <c>If-Match</c> of the current write. A resource is checked once per request, against the version
/// the write first read: a write that reads its resource again after changing it (to answer with it) is not refused
/// for its own change.</summary>
public sealed class PrasyaratVersiHttp(IHttpContextAccessor http) : IPrasyaratVersi
{
    private const string Diperiksa = "bpom.prasyarat-diperiksa";

    public void Pastikan(string sumber, string etagSaatIni)
    {
        var request = http.HttpContext?.Request;
        if (request is null || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return;
        }

        var items = request.HttpContext.Items;
        if (items[Diperiksa] is not HashSet<string> sudah)
        {
            items[Diperiksa] = sudah = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        if (!sudah.Add(sumber))
        {
            return;
        }

        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return;
        }

        var tag = ifMatch.Split(',').Select(t => t.Trim().TrimStart('W', '/')).ToList();
        var milikSumber = tag.Where(t => t.Trim('"').StartsWith(sumber + ".", StringComparison.OrdinalIgnoreCase)).ToList();
        if (milikSumber.Count > 0 && !milikSumber.Contains(etagSaatIni, StringComparer.Ordinal))
        {
            throw new PrasyaratGagalException("Data telah diubah sejak Anda membukanya (If-Match tidak sesuai). Muat ulang lalu ulangi perubahan.");
        }
    }
}

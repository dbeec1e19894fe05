using Microsoft.Net.Http.Headers;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// How the SPA's files are cached: the fingerprinted bundles under <c>/assets/</c> (their name changes with their
/// content) are cached for a year and never revalidated; <c>index.html</c> and the other unversioned files (favicon)
/// are revalidated on every load, so a deployment reaches users on their next visit.
/// </summary>
internal static class BerkasSpa
{
    public static StaticFileOptions Opsi { get; } = new()
    {
        OnPrepareResponse = ctx => AturCache(ctx.Context),
    };

    private static void AturCache(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers[HeaderNames.CacheControl] = http.Request.Path.StartsWithSegments("/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}

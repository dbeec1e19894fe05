namespace Bpom.Platform.Api.Infrastructure;

/// <summary>
/// Security headers on every response (NetEscapades.AspNetCore.SecurityHeaders): the SPA's strict CSP (scripts only
/// from this origin, no inline script; styles may be inline — Mantine sets CSS variables in a style element),
/// <c>frame-ancestors 'none'</c>, <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy</c>, COOP, no
/// <c>Server</c> header; the Swagger UI and the Hangfire dashboard get their own, looser script policy. Outside
/// Development (<c>Keamanan:WajibHttps</c>): HSTS and redirection to HTTPS. Every API response is
/// <c>Cache-Control: no-store</c> (they carry personal data: NIK, users, reports) unless it set its own.
/// </summary>
internal static class KeamananHttp
{
    public static WebApplication UseKeamananHttp(this WebApplication app)
    {
        if (app.Configuration.GetValue("Keamanan:WajibHttps", !app.Environment.IsDevelopment()))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        var spa = Dasar().AddContentSecurityPolicy(b =>
        {
            b.AddDefaultSrc().Self();
            b.AddScriptSrc().Self();
            b.AddStyleSrc().Self().UnsafeInline();
            b.AddImgSrc().Self().Data().Blob();
            b.AddFontSrc().Self().Data();
            b.AddConnectSrc().Self();
            b.AddWorkerSrc().Self().Blob();
            b.AddObjectSrc().None();
            b.AddBaseUri().Self();
            b.AddFormAction().Self();
            b.AddFrameAncestors().None();
        });
        var alat = Dasar().AddContentSecurityPolicy(b =>
        {
            b.AddDefaultSrc().Self();
            b.AddScriptSrc().Self().UnsafeInline();
            b.AddStyleSrc().Self().UnsafeInline();
            b.AddImgSrc().Self().Data();
            b.AddFontSrc().Self().Data();
            b.AddConnectSrc().Self();
            b.AddObjectSrc().None();
            b.AddBaseUri().Self();
            b.AddFormAction().Self();
            b.AddFrameAncestors().None();
        });
        app.UseWhen(Alat, a => a.UseSecurityHeaders(alat));
        app.UseWhen(c => !Alat(c), a => a.UseSecurityHeaders(spa));
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.ContainsKey("Cache-Control"))
                    {
                        context.Response.Headers.CacheControl = "no-store";
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }

    private static bool Alat(HttpContext c) => c.Request.Path.StartsWithSegments("/swagger") || c.Request.Path.StartsWithSegments("/hangfire");

    private static HeaderPolicyCollection Dasar() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(x => x.SameOrigin())
        .RemoveServerHeader();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.BuildingBlocks.Infrastructure.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Serilog;

namespace Bpom.Platform.Api.Infrastructure;

/// <summary>Composes the host: modules, MediatR pipeline, auth, ProblemDetails, Swagger, health, SPA.</summary>
internal static class PlatformComposition
{
    public static WebApplicationBuilder AddBpomPlatform(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;
        // Serilog:Json=true: one JSON object per line (CLEF, with the trace and span ids of the request) for a log
        // collector; otherwise readable lines.
        builder.Host.UseSerilog((context, sp, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
            if (context.Configuration.GetValue("Serilog:Json", false))
            {
                logger.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {RequestId}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture);
            }
        });
        services.AddBpomObservabilitas(builder.Configuration);

        var moduleAssemblies = modules.Select(m => m.GetType().Assembly).ToArray();
        services.AddBpomOutbox(builder.Configuration, moduleAssemblies.Concat(modules.Select(m => m.Contracts)));
        foreach (var module in modules)
        {
            module.Register(new ModuleBuilder(module, services, builder.Configuration, builder.Environment));
        }

        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("id");
        services.AddMemoryCache();
        services.AddSingleton<GenerasiRekap>();
        services.AddBpomMediator(moduleAssemblies, typeof(UnitOfWorkBehavior<,>), typeof(RekapSingkatBehavior<,>));
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddHttpContextAccessor();
        services.AddScoped<PenggunaLatar>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<PenjalanDataNasional>();
        services.AddLaporanBerat(builder.Configuration);

        var mvc = services.AddControllers(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add(new TeksAman.FormTanpaNul());
                options.Filters.Add(new EtagFilter());
                options.Filters.Add(new ProducesResponseTypeAttribute(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json"));
                options.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), StatusCodes.Status401Unauthorized, "application/problem+json"));
                options.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), StatusCodes.Status500InternalServerError, "application/problem+json"));
                IndonesianModelBindingMessages.Apply(options.ModelBindingMessageProvider);
                options.OutputFormatters.RemoveType<Microsoft.AspNetCore.Mvc.Formatters.StringOutputFormatter>();
            })
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
                options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                options.JsonSerializerOptions.Converters.Add(new TeksAman.StringTanpaNul());

                // A property the operation does not know is an error (the OpenAPI document says
                // additionalProperties: false), not silently dropped.
                options.JsonSerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ModelStateProblems.Create);
        foreach (var assembly in moduleAssemblies)
        {
            mvc.AddApplicationPart(assembly);
        }

        mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var bawaan in parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList())
            {
                parts.FeatureProviders.Remove(bawaan);
            }

            parts.FeatureProviders.Add(new ModuleControllerFeatureProvider(moduleAssemblies));
        });

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
        });
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.SectionName))
            .Validate(o => Encoding.UTF8.GetByteCount(o.SigningKey) >= 32, "Auth:SigningKey must be set to at least 32 characters (environment variable Auth__SigningKey).")
            .ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // The Hangfire dashboard is opened by the browser, which cannot add a bearer header: the SPA stores an
            // admin's token in a cookie scoped to /hangfire.
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hangfire")
                        && context.Request.Cookies.TryGetValue(HangfireSetup.CookieDashboard, out var token))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },

                // Every token names its session and the user's security stamp; a session ended (logout, rotation,
                // expiry) or an account changed (roles, unit, active flag, password) refuses the token.
                OnTokenValidated = async context =>
                {
                    var p = context.Principal;
                    if (!Guid.TryParse(p?.FindFirst(JwtOptions.ClaimTypes.Subject)?.Value, out var sub)
                        || !Guid.TryParse(p?.FindFirst(JwtOptions.ClaimTypes.Sesi)?.Value, out var sid)
                        || !Guid.TryParse(p?.FindFirst(JwtOptions.ClaimTypes.Stempel)?.Value, out var stempel)
                        || !await context.HttpContext.RequestServices.GetRequiredService<IPemeriksaSesi>()
                            .BerlakuAsync(sub, sid, stempel, context.HttpContext.RequestAborted))
                    {
                        context.Fail("Sesi telah berakhir.");
                    }
                },
            };
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, IClock>((options, jwt, clock) =>
            {
                var skew = TimeSpan.FromSeconds(30);
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.Value.SigningKey)),
                    NameClaimType = JwtOptions.ClaimTypes.Username,
                    RoleClaimType = JwtOptions.ClaimTypes.Role,
                    ClockSkew = skew,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,

                    // Token lifetime is checked against the injected IClock, the one time source of the platform.
                    LifetimeValidator = (notBefore, expires, _, _) =>
                    {
                        var now = clock.GetCurrentInstant().ToDateTimeUtc();
                        // A token without exp never expires: refused (RequireExpirationTime does not apply to a custom validator).
                        return (notBefore is null || notBefore.Value <= now + skew) && expires is not null && expires.Value > now - skew;
                    },
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddHealthChecks();
        services.AddHttpContextAccessor();
        services.AddScoped<BuildingBlocks.Application.IPrasyaratVersi, PrasyaratVersiHttp>();

        // The Hangfire dashboard validates an antiforgery token on its POSTs when the service is registered.
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = builder.Configuration.GetValue("Keamanan:WajibHttps", !builder.Environment.IsDevelopment())
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
        });
        services.AddBpomHangfire(builder.Configuration);
        services.AddBpomSwagger();

        // Responses are compressed for clients that ask (Brotli or gzip, fastest level: CPU is the scarce resource).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseBpomPlatform(this WebApplication app)
    {
        // One line per request only when it matters: server errors at Error, slow requests (Logging:PermintaanLambatMs,
        // default 500) at Warning, everything else at Debug (not written at the default level); health checks never.
        var lambat = app.Configuration.GetValue("Logging:PermintaanLambatMs", 500.0);
        app.UseSerilogRequestLogging(o => o.GetLevel = (http, ms, ex) =>
            ex is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
            : http.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
            : ms > lambat ? Serilog.Events.LogEventLevel.Warning
            : Serilog.Events.LogEventLevel.Debug);
        app.UseKeamananHttp();
        app.UseTeksAman();
        app.UseResponseCompression();
        // Sign-in answers carry a token: never compressed (no length side channel over TLS).
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api/auth") && http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>() is { } f)
            {
                f.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.DoNotCompress;
            }

            return next(http);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Bpom.Platform API v1");
            options.DocumentTitle = "Bpom.Platform API";
        });
        app.UseDefaultFiles();
        app.UseStaticFiles(BerkasSpa.Opsi);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseLaporanBerat();
        app.UseIdempotensi();
        app.UseBpomHangfire();
        app.MapControllers();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapBpomObservabilitas(); // /health/ready (with the database node) and /metrics

        // Unknown API routes are a 404 ProblemDetails, never the SPA's index.html.
        app.Map("/api/{**rest}", (HttpContext context) =>
                Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
                    detail: $"Tidak ada endpoint {context.Request.Method} {context.Request.Path}."))
            .AllowAnonymous()
            .ExcludeFromDescription();
        if (app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.MapFallbackToFile("index.html", BerkasSpa.Opsi).AllowAnonymous();
        }

        return app;
    }
}

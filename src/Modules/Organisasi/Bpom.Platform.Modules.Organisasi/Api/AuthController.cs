using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Organisasi.Application.Auth;
using MediatR;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bpom.Platform.Modules.Organisasi.Api;

/// <summary>Login and the signed-in user's profile.</summary>
[ApiController]
[Route("api/auth")]
[Tags("Autentikasi")]
internal sealed class AuthController(IMediator mediator, IConfiguration configuration) : ControllerBase
{
    /// <summary>Logs in with username and password and returns a bearer token.</summary>
    /// <remarks>
    /// Wrong username and wrong password get the same 401, so the response does not reveal which was wrong, and a
    /// failure answers after a short delay. Five failures from one address lock that address out of the account for
    /// 15 minutes (others may still log in); 50 failures from anywhere lock the account (an admin can unlock it). More
    /// than 20 attempts a minute from one address, or 10 failures a minute for one username: 429 with Retry-After.
    ///
    ///     POST /api/auth/login
    ///     { "username": "admin", "password": "Bpom#2026dev" }
    /// </remarks>
    /// <response code="200">Token issued.</response>
    /// <response code="401">Username or password wrong, or the account is locked or inactive.</response>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(LaporanBerat.KebijakanLogin)]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<ActionResult<LoginResponse>> Login(LoginCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        if (result.Response is null)
        {
            // A failed attempt costs the caller time (after the transaction: no connection is held meanwhile).
            await Task.Delay(Math.Max(0, configuration.GetValue("Auth:PenundaanGagalMs", 400)), cancellationToken);
        }

        return result.Response ?? throw new AuthenticationFailedException("Nama pengguna atau kata sandi salah.");
    }

    /// <summary>Exchanges the refresh token for a new access token and refresh token (the old refresh token is revoked:
    /// rotation). A token presented again after its rotation revokes the whole session chain.</summary>
    /// <remarks>
    ///     POST /api/auth/refresh
    ///     { "refreshToken": "…" }
    /// </remarks>
    /// <response code="200">New tokens.</response>
    /// <response code="401">The session ended (logout, expiry, a change of the account's roles, unit, active flag or password).</response>
    [HttpPost("refresh")]
    [AllowAnonymous]
    [EnableRateLimiting(LaporanBerat.KebijakanLogin)]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<LoginResponse>> Refresh(RefreshCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        return result.Response ?? throw new AuthenticationFailedException("Sesi telah berakhir. Silakan masuk kembali.");
    }

    /// <summary>Ends the current session: its access token and refresh token stop working at once.</summary>
    [HttpPost("logout")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        await mediator.Send(new LogoutCommand(), cancellationToken);
        Response.Cookies.Delete(CookieDasbor, new CookieOptions { Path = "/hangfire" });
        return NoContent();
    }

    /// <summary>The Hangfire dashboard (Admin) is opened as a page, without a bearer header: this sets the current
    /// access token as an HttpOnly, SameSite=Strict cookie scoped to <c>/hangfire</c> (Secure outside Development),
    /// expiring with the token. The SPA calls it after signing in and after every renewal.</summary>
    [HttpPost("dasbor")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public IActionResult Dasbor([FromServices] IWebHostEnvironment environment)
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("Dasbor tugas latar dibuka dengan sesi yang masuk dengan token.");
        }

        var kedaluwarsa = long.TryParse(User.FindFirst("exp")?.Value, out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : DateTimeOffset.UtcNow.AddMinutes(15);
        Response.Cookies.Append(CookieDasbor, header["Bearer ".Length..].Trim(), new CookieOptions
        {
            Path = "/hangfire",
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = configuration.GetValue("Keamanan:WajibHttps", !environment.IsDevelopment()) || Request.IsHttps,
            Expires = kedaluwarsa,
        });
        return NoContent();
    }

    /// <summary>The dashboard cookie's name (read by the host's bearer handler on /hangfire).</summary>
    public const string CookieDasbor = "bpom_hangfire";

    /// <summary>The signed-in user: name, unit, roles.</summary>
    [HttpGet("saya")]
    [ProducesResponseType<ProfilSaya>(StatusCodes.Status200OK)]
    public Task<ProfilSaya> Saya(CancellationToken cancellationToken) => mediator.Send(new GetProfilSayaQuery(), cancellationToken);
}

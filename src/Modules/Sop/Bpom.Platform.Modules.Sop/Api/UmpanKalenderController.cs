using Bpom.Platform.BuildingBlocks.Infrastructure.Security;
using Bpom.Platform.Modules.Sop.Application.Kalender;
using Bpom.Platform.Modules.Sop.Domain;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>Calendar feeds (iCalendar): a secret address per user that a phone or desktop calendar subscribes to,
/// showing the open SOP steps with their due dates; unit heads also get one of the whole unit.</summary>
[ApiController]
[Route("api/kalender/feed")]
[Tags("Kalender")]
internal sealed class UmpanKalenderController(IMediator mediator, PenyusunUmpanKalender penyusun, IClock clock) : ControllerBase
{
    /// <summary>The caller's feed address (made on first request, the same afterwards): <c>{ url, cakupan }</c>.
    /// <c>cakupan=unit</c> (unit heads): every open step of the unit.</summary>
    /// <param name="cakupan">pribadi (default) or unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<AlamatUmpanResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<AlamatUmpanResponse> Alamat([FromQuery] string? cakupan, CancellationToken cancellationToken) =>
        Alamat(await mediator.Send(new UmpanKalenderCommand(cakupan, false), cancellationToken));

    /// <summary>A new address for the caller's feed; the old one answers 404 from now on.</summary>
    /// <param name="cakupan">pribadi (default) or unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("rotasi")]
    [ProducesResponseType<AlamatUmpanResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<AlamatUmpanResponse> Rotasi([FromQuery] string? cakupan, CancellationToken cancellationToken) =>
        Alamat(await mediator.Send(new UmpanKalenderCommand(cakupan, true), cancellationToken));

    /// <summary>Revokes the caller's feed: its address answers 404 (a later GET makes a new one).</summary>
    /// <param name="cakupan">pribadi (default) or unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Cabut([FromQuery] string? cakupan, CancellationToken cancellationToken)
    {
        await mediator.Send(new CabutUmpanKalenderCommand(cakupan), cancellationToken);
        return NoContent();
    }

    /// <summary>The feed itself, without login (the token is the secret): <c>text/calendar</c>, one all-day event per
    /// open step on its due date, stable UIDs. 404 for an unknown, rotated or revoked token.</summary>
    /// <param name="token">The secret of the address.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{token}.ics")]
    [AllowAnonymous]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "text/calendar")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Umpan(string token, CancellationToken cancellationToken)
    {
        var dasar = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        if (await mediator.Send(new BacaUmpanKalenderQuery(token, dasar), cancellationToken) is not { } isi)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan", detail: "Umpan kalender ini tidak ada atau sudah diganti.");
        }

        // The feed is read as its user: the same scoping as Tugas Saya.
        HttpContext.User = PenggunaLatar.Prinsipal(isi.Pengguna, "umpan-kalender");
        var (nama, acara) = isi.Cakupan == CakupanUmpan.Unit
            ? await penyusun.UnitAsync(isi.Pengguna.UnitId, dasar, cancellationToken)
            : ($"Tugas SOP — {isi.Pengguna.NamaLengkap}", await penyusun.PribadiAsync(dasar, cancellationToken));
        Response.Headers.CacheControl = "private, max-age=300";
        return File(System.Text.Encoding.UTF8.GetBytes(PenyusunUmpanKalender.Ics(nama, acara, clock.GetCurrentInstant())), "text/calendar; charset=utf-8", "bpom-tugas.ics");
    }

    private AlamatUmpanResponse Alamat(UmpanKalenderDto d) => new($"{Request.Scheme}://{Request.Host}{Request.PathBase}{d.Jalur}", d.Cakupan);
}

/// <summary>A feed address.</summary>
/// <param name="Url">Subscribe to it in a calendar app; keep it secret.</param>
/// <param name="Cakupan">Pribadi or Unit.</param>
internal sealed record AlamatUmpanResponse(string Url, string Cakupan);

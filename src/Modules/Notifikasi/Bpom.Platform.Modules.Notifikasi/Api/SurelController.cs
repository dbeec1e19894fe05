using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Application.Surel;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Notifikasi.Api;

/// <summary>E-mail: each user's preferences, and the mails that failed for good (admins).</summary>
[ApiController]
[Route("api/notifikasi")]
[Tags("Notifikasi")]
internal sealed class SurelController(IMediator mediator) : ControllerBase
{
    /// <summary>The caller's e-mail preferences, with the address mails go to and whether this server sends e-mail.</summary>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("preferensi")]
    [ProducesResponseType<PreferensiSurelDto>(StatusCodes.Status200OK)]
    public Task<PreferensiSurelDto> Preferensi(CancellationToken cancellationToken) => mediator.Send(new PreferensiSurelQuery(), cancellationToken);

    /// <summary>Sets the caller's e-mail preferences.</summary>
    /// <remarks>
    /// Per kind — <c>pengingat</c> (deadline reminders), <c>eskalasi</c> (overdue, cancelled), <c>informasi</c>
    /// (a step handed to you, approvals, returns, reviews) — <c>Segera</c> (a mail each), <c>Ringkasan</c> (in the
    /// daily digest, which also lists your open steps by due date) or <c>Tidak</c> (in-app only). <c>jamRingkasan</c>:
    /// the digest's local hour (0–23), null for the default. Send <c>If-Match</c> with the ETag read to avoid
    /// overwriting a change made elsewhere (412).
    ///
    ///     { "pengingat": "Segera", "eskalasi": "Segera", "informasi": "Ringkasan", "jamRingkasan": 7 }
    /// </remarks>
    /// <param name="body">The preferences.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("preferensi")]
    [ProducesResponseType<PreferensiSurelDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    public Task<PreferensiSurelDto> UbahPreferensi(UbahPreferensiSurelCommand body, CancellationToken cancellationToken) => mediator.Send(body, cancellationToken);

    /// <summary>Mails that failed for good (refused by the server, or out of attempts), newest first.</summary>
    /// <param name="halaman">Page (from 1).</param>
    /// <param name="ukuran">Page size (1–100, default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("surel/gagal")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<Halaman<SurelGagalDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<Halaman<SurelGagalDto>> Gagal([FromQuery] int? halaman, [FromQuery] int? ukuran, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarSurelGagalQuery(halaman, ukuran), cancellationToken);

    /// <summary>Queues a failed mail again (to the recipient's current address), attempts from zero.</summary>
    /// <param name="id">The mail.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("surel/{id:guid}/kirim-ulang")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> KirimUlang(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new KirimUlangSurelCommand(id), cancellationToken);
        return NoContent();
    }
}

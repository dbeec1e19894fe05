using Bpom.Platform.Modules.Notifikasi.Application;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Notifikasi.Api;

/// <summary>In-app notifications: deadline reminders (2 HK before, on the due day) and escalations.</summary>
[ApiController]
[Route("api/notifikasi")]
[Tags("Notifikasi")]
internal sealed class NotifikasiController(IMediator mediator) : ControllerBase
{
    /// <summary>The user's notifications, newest first, with the unread count.</summary>
    /// <param name="belumDibaca">Only unread ones.</param>
    /// <param name="batas">At most this many (1–200, default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<DaftarNotifikasiDto>(StatusCodes.Status200OK)]
    public Task<DaftarNotifikasiDto> Daftar([FromQuery] bool belumDibaca, [FromQuery] int? batas, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarNotifikasiQuery(belumDibaca, batas), cancellationToken);

    /// <summary>Marks one notification read.</summary>
    [HttpPost("{id:guid}/dibaca")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Dibaca(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new TandaiNotifikasiDibacaCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Marks every notification read.</summary>
    [HttpPost("dibaca-semua")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DibacaSemua(CancellationToken cancellationToken)
    {
        await mediator.Send(new TandaiNotifikasiDibacaCommand(null), cancellationToken);
        return NoContent();
    }
}

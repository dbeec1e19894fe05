using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Application.Tugas;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>"Tugas saya": what the signed-in user has to do next, across all SOPs.</summary>
[ApiController]
[Route("api/tugas-saya")]
[Tags("SOP — kegiatan berjalan")]
internal sealed class TugasController(IMediator mediator) : ControllerBase
{
    /// <summary>The current step of every running activity the user performs (or approves as KepalaUnit once
    /// submitted), and the steps routed to the user's unit, sorted by due date with HK left; overdue first. One page;
    /// <c>totalPasti</c> false means there are more than <c>total</c>.</summary>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<TugasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<TugasDto>> Daftar([FromQuery] int? halaman, [FromQuery] int? ukuran, CancellationToken cancellationToken) =>
        mediator.Send(new TugasSayaQuery(halaman, ukuran), cancellationToken);
}

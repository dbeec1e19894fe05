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
    /// submitted), sorted by due date with HK left; overdue first.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<TugasDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<TugasDto>> Daftar(CancellationToken cancellationToken) => mediator.Send(new TugasSayaQuery(), cancellationToken);
}

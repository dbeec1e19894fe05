using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>Quarterly monev reports of SOP D (opened by the daily job after each quarter, due on the 10th day after it).</summary>
[ApiController]
[Route("api/fasilitator/monev-triwulan")]
[Tags("Fasilitator Keamanan Pangan")]
internal sealed class MonevTriwulanController(IMediator mediator) : ControllerBase
{
    /// <summary>Reports of the cohorts the user may read, newest quarter first.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<MonevTriwulanDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<MonevTriwulanDto>> Daftar([FromQuery] int? tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarMonevTriwulanQuery(tahun), cancellationToken);

    /// <summary>Submits a report (staff of its unit); once only.</summary>
    [HttpPost("{id:guid}/kirim")]
    [ProducesResponseType<MonevTriwulanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<MonevTriwulanDto> Kirim(Guid id, KirimMonevRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new KirimMonevTriwulanCommand(id, body.Ringkasan), cancellationToken);
}

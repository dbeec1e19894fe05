using Bpom.Platform.Modules.Sop.Application.Daftar;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>The national overview of the SOPs: a year's activities per SOP and unit, overdue steps, UPT without any
/// activity yet — within what the user may read (leadership, admins and each SOP's central units: the country).</summary>
[ApiController]
[Route("api/sop/ikhtisar")]
[Tags("SOP — kegiatan berjalan")]
internal sealed class IkhtisarController(IMediator mediator) : ControllerBase
{
    /// <summary>Activities of the year per SOP (totals, units active, UPT without activity) and per unit.</summary>
    /// <param name="tahun">Year (2000–2100).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<IkhtisarSopDto>(StatusCodes.Status200OK)]
    public Task<IkhtisarSopDto> Lihat([FromQuery] int tahun, CancellationToken cancellationToken) => mediator.Send(new IkhtisarSopQuery(tahun), cancellationToken);
}

using Bpom.Platform.Modules.Sop.Application.Definisi;
using Bpom.Platform.Modules.Sop.Domain;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>SOP POM-04.01 definitions: steps, performers, Kelengkapan, Output and Mutu Baku in HK.</summary>
[ApiController]
[Route("api/sop/definisi")]
[Tags("SOP")]
internal sealed class SopController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists the SOPs with their steps and HK (the version in force today, or every version).</summary>
    /// <param name="semuaVersi">Include every stored version.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<DefinisiSop>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<DefinisiSop>> Daftar([FromQuery] bool semuaVersi, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarDefinisiSopQuery(null, semuaVersi), cancellationToken);

    /// <summary>One SOP by code, e.g. <c>POM-04.01-A</c>.</summary>
    /// <param name="kode">SOP code.</param>
    /// <param name="semuaVersi">Every stored version instead of the one in force.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("{kode}")]
    [ProducesResponseType<IReadOnlyList<DefinisiSop>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<DefinisiSop>> Lihat(string kode, [FromQuery] bool semuaVersi, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarDefinisiSopQuery(kode, semuaVersi), cancellationToken);
}

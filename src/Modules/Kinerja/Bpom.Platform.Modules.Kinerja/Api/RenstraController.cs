using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.MultiTahun;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Multi-year: Renstra targets per indicator and the comparison "tahun n−k … n" against the PK and the Renstra.</summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
internal sealed class RenstraController(IMediator mediator) : ControllerBase
{
    /// <summary>A unit's indicators at the same period over the years n−k … n: the PK's annual target, realisation,
    /// capaian against it, the Renstra target of each year and capaian against it, and the Renstra's final target.</summary>
    /// <param name="unitId">Unit.</param>
    /// <param name="tahun">The last year (n).</param>
    /// <param name="periode">The period compared in every year, B01–B12 or TW1–TW4 (default TW4).</param>
    /// <param name="mundur">k, years back: 1–9 (default 4).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("multi-tahun")]
    [ProducesResponseType<MultiTahunDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<MultiTahunDto> MultiTahun([FromQuery] Guid unitId, [FromQuery] int tahun, [FromQuery] string? periode, [FromQuery] int? mundur, CancellationToken cancellationToken) =>
        mediator.Send(new MultiTahunQuery(unitId, tahun, periode, mundur), cancellationToken);

    /// <summary>Imports Renstra targets from CSV or XLSX with the columns unit, tahun_awal, kode_indikator, nama_indikator,
    /// satuan, arah (naik/turun), tahun, target — one row per indicator and year of the five-year plan. A bad row rejects
    /// the whole file (<c>baris[n].kolom</c>).</summary>
    /// <param name="berkas">The file.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("renstra/impor")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(6 * 1024 * 1024)]
    [ProducesResponseType<HasilImporRenstraDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<HasilImporRenstraDto> ImporRenstra(IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (_, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new ImporRenstraCommand(isi), cancellationToken);
    }
}

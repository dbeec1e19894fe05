using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Laporan;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>The Laporan Kinerja a unit signs: generated as Word, and the signed PDF kept as the period's final.</summary>
[ApiController]
[Route("api/kinerja/laporan")]
[Tags("Kinerja")]
internal sealed class LaporanKinerjaController(IMediator mediator) : ControllerBase
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A unit's Laporan Kinerja (quarterly interim report, or the annual one on the TW4 figures) as an
    /// editable Word document: identity and legal basis, the PK, target/realisasi/capaian/kriteria per sasaran and
    /// indicator, NKO and predikat, the count per kriteria (IKU and penugasan direktif apart), the analysis per
    /// indicator, budget, comparison with earlier quarters and the year before, and the follow-up of recommendations.
    /// Numbers in Indonesian format (94,69).</summary>
    /// <param name="unit">The unit's exact name (or <paramref name="unitId"/>).</param>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1, TW2, TW3, TW4 or TAHUN.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, Docx)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Laporan(
        [FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(new GetLaporanKinerjaQuery(unit, unitId, tahun, periode), cancellationToken);
        return File(berkas.Isi, Docx, berkas.NamaBerkas);
    }

    /// <summary>The period's signed final report (its document id for <c>GET /api/kinerja/dokumen/{id}</c>); 404 when
    /// none was uploaded.</summary>
    [HttpGet("final")]
    [ProducesResponseType<LaporanFinalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<LaporanFinalDto> Final([FromQuery] Guid unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new GetLaporanFinalQuery(unitId, tahun, periode), cancellationToken);

    /// <summary>Uploads the signed PDF of the report as the period's final (the unit's staff); replacing an existing
    /// final needs <c>alasan</c> and is audited.</summary>
    /// <param name="unitId">Unit.</param>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1, TW2, TW3, TW4 or TAHUN.</param>
    /// <param name="alasan">Why an existing final is replaced.</param>
    /// <param name="berkas">The signed PDF, ≤ 20 MB.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("final")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(21 * 1024 * 1024)]
    [ProducesResponseType<LaporanFinalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<LaporanFinalDto> UnggahFinal(
        [FromForm] Guid unitId, [FromForm] int tahun, [FromForm] string? periode, [FromForm] string? alasan, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new UnggahLaporanFinalCommand(unitId, tahun, periode, nama, isi, alasan), cancellationToken);
    }
}

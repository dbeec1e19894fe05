using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Impor;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Kinerja scores: a unit's NKO, sasaran and indicators (also as XLSX), the national comparison, a unit's trend, and SOP compliance.</summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
internal sealed class NilaiKinerjaController(IMediator mediator) : ControllerBase
{
    /// <summary>A unit's scores for a period: indikator (capaian vs the period and the annual target, kriteria),
    /// sasaran (value, kriteria, counts toward NKO), perspektif, nilaiKinerjaOrganisasi and predikat.</summary>
    /// <param name="unit">The unit's exact name (or <paramref name="unitId"/>).</param>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1–TW4 or B01–B12.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("nilai")]
    [ProducesResponseType<NilaiKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<NilaiKinerjaDto> Nilai([FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new GetNilaiKinerjaQuery(unit, unitId, tahun, periode), cancellationToken);

    /// <summary>The same scores as XLSX (sheets indikator, sasaran, perspektif, ringkasan).</summary>
    [HttpGet("nilai/xlsx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, JenisKonten.Xlsx)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> NilaiXlsx(
        [FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        File(await mediator.Send(new EksporNilaiKinerjaQuery(unit, unitId, tahun, periode), cancellationToken), JenisKonten.Xlsx, $"nilai-kinerja-{tahun}-{periode}.xlsx");

    /// <summary>National comparison: NKO ranking and SS × unit values of the units the user may read.</summary>
    [HttpGet("perbandingan")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<PerbandinganKinerjaDto>(StatusCodes.Status200OK)]
    public Task<PerbandinganKinerjaDto> Perbandingan([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new PerbandinganKinerjaQuery(tahun, periode), cancellationToken);

    /// <summary>A unit's NKO over the periods of a year.</summary>
    [HttpGet("tren")]
    [ProducesResponseType<TrenKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<TrenKinerjaDto> Tren([FromQuery] Guid unitId, [FromQuery] int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new TrenKinerjaQuery(unitId, tahun), cancellationToken);

    /// <summary>SOP compliance per unit, SOP and step: finished, on time, late, overdue, median HK used vs allowed.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1–TW4 or B01–B12; empty = the whole year.</param>
    /// <param name="unitId">Only this unit.</param>
    /// <param name="kodeSop">Only this SOP, e.g. POM-04.01-A.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("kepatuhan-sop")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<KepatuhanSopDto>(StatusCodes.Status200OK)]
    public Task<KepatuhanSopDto> KepatuhanSop(
        [FromQuery] int tahun, [FromQuery] string? periode, [FromQuery] Guid? unitId, [FromQuery] string? kodeSop, CancellationToken cancellationToken) =>
        mediator.Send(new KepatuhanSopQuery(tahun, periode, unitId, kodeSop), cancellationToken);
}

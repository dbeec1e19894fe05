using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Impor;
using Bpom.Platform.Modules.Kinerja.Application.Perjanjian;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>
/// Kinerja (SAKIP): Perjanjian Kinerja per unit and year, realisation entry with its review flow, scores exactly as
/// kinerja.md (capaian, SS capped at 120, perspective, NKO, predikat), import/export, national comparison, SOP
/// compliance from the SOP engine, SKM results and action-plan (rencana aksi) monitoring. A unit reads its own data
/// (a koordinator Balai also its Lokas); the planning unit, Pimpinan and Admin read all; outside = 404.
/// </summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
[DeskripsiTag]
internal sealed class KinerjaController(IMediator mediator) : ControllerBase
{
    /// <summary>Imports PK structure and realisation from CSV (<c>text/csv</c>, UTF-8, comma, header row).</summary>
    /// <remarks>
    /// Columns: <c>unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi</c>.
    /// <c>unit</c> is the unit's exact name; <c>periode</c> TW1–TW4 or B01–B12; <c>hitung_nko</c> ya/tidak; <c>arah</c>
    /// naik/turun; numbers use <c>.</c>; an empty <c>target_periode</c> or <c>realisasi</c> = not measured. Creates or
    /// updates the unit's PK (a changed structure is a new version) and its realisation for the period. Any bad row →
    /// 400 with every bad <c>baris[n].kolom</c> (n = the file's row, header = 1) and nothing written.
    ///
    ///     unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi
    ///     Balai POM di Bengkulu,2024,TW1,Stakeholder,SS1,Meningkatnya efektivitas KIE,ya,1.1,Indeks kesadaran masyarakat,indeks,naik,75,70,72.5
    /// </remarks>
    /// <param name="csv">The CSV text.</param>
    /// <param name="alasan">Reason recorded in the audit when a period's entry has already closed.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("impor")]
    [Consumes("text/csv", "text/plain")]
    [RequestSizeLimit(6 * 1024 * 1024)]
    [ProducesResponseType<HasilImporKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<HasilImporKinerjaDto> Impor([FromBody] string? csv, [FromQuery] string? alasan, CancellationToken cancellationToken) =>
        mediator.Send(new ImporKinerjaCommand(csv, alasan), cancellationToken);

    /// <summary>The unit's PK and realisation for the period as XLSX in the import's columns.</summary>
    [HttpGet("ekspor")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, JenisKonten.Xlsx)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Ekspor(
        [FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        File(await mediator.Send(new EksporKinerjaQuery(unit, unitId, tahun, periode), cancellationToken), JenisKonten.Xlsx, $"kinerja-{tahun}-{periode}.xlsx");

    /// <summary>PKs of a year the user may read.</summary>
    [HttpGet("pk")]
    [ProducesResponseType<IReadOnlyList<RingkasPkDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<RingkasPkDto>> DaftarPk([FromQuery] int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarPerjanjianKinerjaQuery(tahun), cancellationToken);

    /// <summary>A unit's PK for a year (current version).</summary>
    [HttpGet("pk/{unitId:guid}/{tahun:int}")]
    [ProducesResponseType<PerjanjianKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PerjanjianKinerjaDto> LihatPk(Guid unitId, int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new GetPerjanjianKinerjaQuery(unitId, tahun), cancellationToken);

    /// <summary>Every frozen version of a unit's PK, newest first.</summary>
    [HttpGet("pk/{unitId:guid}/{tahun:int}/versi")]
    [ProducesResponseType<IReadOnlyList<VersiPkDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<VersiPkDto>> VersiPk(Guid unitId, int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarVersiPkQuery(unitId, tahun), cancellationToken);

    /// <summary>Creates or revises a unit's PK (whole structure); a revision needs a reason and becomes a new version.</summary>
    [HttpPut("pk")]
    [ProducesResponseType<PerjanjianKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PerjanjianKinerjaDto> SimpanPk(SimpanPkRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new SimpanPerjanjianKinerjaCommand(body.UnitId, body.Tahun, body.Perspektif, body.Alasan), cancellationToken);
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Anggaran;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Budget (anggaran): pagu and monthly realisation per rincian output, linked to PK sasaran; realisation % per
/// quarter and per sasaran, and efficiency (capaian kinerja vs realisasi anggaran).</summary>
[ApiController]
[Route("api/kinerja/anggaran")]
[Tags("Kinerja")]
internal sealed class AnggaranController(IMediator mediator) : ControllerBase
{
    /// <summary>A unit's budget for a year, realised to the end of <paramref name="periode"/>.</summary>
    /// <param name="unitId">Unit.</param>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">B01–B12 or TW1–TW4 (default TW4, the whole year).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<AnggaranUnitDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<AnggaranUnitDto> Get([FromQuery] Guid unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new GetAnggaranQuery(unitId, tahun, periode), cancellationToken);

    /// <summary>Imports budget lines from CSV or XLSX with the columns unit, tahun, kode_program, nama_program,
    /// kode_kegiatan, nama_kegiatan, kode_output, nama_output, kode_sasaran (optional, a sasaran of that year's PK), pagu,
    /// b01–b12 (realisation of each month in rupiah; empty = 0). Each unit-year in the file is replaced by its lines; a bad
    /// row rejects the whole file with every bad row and column (<c>baris[n].kolom</c>).</summary>
    /// <param name="berkas">The CSV or XLSX file, ≤ 20 MB.</param>
    /// <param name="alasan">Why (kept in the audit trail).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("impor")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(21 * 1024 * 1024)]
    [ProducesResponseType<HasilImporAnggaranDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<HasilImporAnggaranDto> Impor(IFormFile? berkas, [FromForm] string? alasan, CancellationToken cancellationToken)
    {
        var (_, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new ImporAnggaranCommand(isi, alasan), cancellationToken);
    }

    /// <summary>Corrects one budget line with a reason (audited); <c>versi</c> as read, else 409.</summary>
    /// <param name="id">The line.</param>
    /// <param name="body">New values.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<BarisAnggaranDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<BarisAnggaranDto> Ubah(Guid id, [FromBody] UbahAnggaranBody body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahAnggaranCommand(id, body.KodeSasaran, body.Pagu, body.RealisasiBulanan, body.Alasan, body.Versi), cancellationToken);
}

/// <summary>A budget line's new values.</summary>
/// <param name="KodeSasaran">PK sasaran it serves (empty = none).</param>
/// <param name="Pagu">Pagu in rupiah.</param>
/// <param name="RealisasiBulanan">Realisation January–December (12 amounts).</param>
/// <param name="Alasan">Why it is corrected (required).</param>
/// <param name="Versi">The line's version as read.</param>
internal sealed record UbahAnggaranBody(string? KodeSasaran, decimal Pagu, IReadOnlyList<decimal>? RealisasiBulanan, string? Alasan, int Versi);

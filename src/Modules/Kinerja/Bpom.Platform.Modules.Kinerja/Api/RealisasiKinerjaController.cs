using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Audit;
using Bpom.Platform.Modules.Kinerja.Application.Dokumen;
using Bpom.Platform.Modules.Kinerja.Application.Realisasi;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Realisation entry per unit and period with its review flow, late units, evidence documents and the audit trail.</summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
internal sealed class RealisasiKinerjaController(IMediator mediator) : ControllerBase
{
    /// <summary>The entry form of a unit's period: indicators with targets and automatic values, the current version,
    /// the entry deadline, version history and the review actions the user may take.</summary>
    [HttpGet("realisasi")]
    [ProducesResponseType<FormRealisasiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<FormRealisasiDto> FormRealisasi([FromQuery] Guid unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new GetFormRealisasiQuery(unitId, tahun, periode), cancellationToken);

    /// <summary>Saves realisation (draft in place; a submitted version starts a new draft). After entry closed a
    /// reason is required and the change is audited; while under review → 409.</summary>
    [HttpPut("realisasi")]
    [ProducesResponseType<FormRealisasiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<FormRealisasiDto> SimpanRealisasi(SimpanRealisasiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new SimpanRealisasiCommand(body.UnitId, body.Tahun, body.Periode, body.Isian, body.Alasan), cancellationToken);

    /// <summary>Review flow: Ajukan (unit) → Verifikasi | Kembalikan with a reason (planning unit; a Loka's koordinator
    /// Balai) → Sahkan (the reviewing unit's head, Pimpinan).</summary>
    [HttpPost("realisasi/aksi")]
    [ProducesResponseType<FormRealisasiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<FormRealisasiDto> AksiRealisasi(AksiRealisasiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new AksiRealisasiCommand(body.UnitId, body.Tahun, body.Periode, body.Aksi, body.Alasan), cancellationToken);

    /// <summary>The reviewer's queue: the year's reports waiting for verification (submitted) or ratification
    /// (verified) across the units the user reviews, oldest first (at most 500).</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("realisasi/antrean")]
    [ProducesResponseType<IReadOnlyList<AntreanTinjauanDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<AntreanTinjauanDto>> Antrean([FromQuery] int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new AntreanTinjauanQuery(tahun), cancellationToken);

    /// <summary>Units that have not submitted the period's realisation although its entry closed.</summary>
    [HttpGet("realisasi/terlambat")]
    [ProducesResponseType<IReadOnlyList<UnitTerlambatDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<UnitTerlambatDto>> Terlambat([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarTerlambatRealisasiQuery(tahun, periode), cancellationToken);

    /// <summary>The audit trail of a unit's performance data for a year (late changes with their reasons, imports, PK revisions).</summary>
    [HttpGet("audit")]
    [ProducesResponseType<IReadOnlyList<AuditKinerjaDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<AuditKinerjaDto>> Audit([FromQuery] Guid unitId, [FromQuery] int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarAuditKinerjaQuery(unitId, tahun), cancellationToken);

    /// <summary>Uploads an evidence document (data dukung) of a unit, ≤ 10 MB.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="berkas">The file.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("dokumen")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(11 * 1024 * 1024)]
    [ProducesResponseType<DokumenKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<DokumenKinerjaDto> Unggah([FromForm] Guid unitId, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new UnggahDokumenKinerjaCommand(unitId, nama, berkas?.ContentType ?? "application/octet-stream", isi), cancellationToken);
    }

    /// <summary>Downloads an evidence document.</summary>
    [HttpGet("dokumen/{id:guid}")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/octet-stream")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Unduh(Guid id, CancellationToken cancellationToken)
    {
        var (info, isi) = await mediator.Send(new UnduhDokumenKinerjaQuery(id), cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(isi, info.JenisKonten, info.NamaBerkas);
    }
}

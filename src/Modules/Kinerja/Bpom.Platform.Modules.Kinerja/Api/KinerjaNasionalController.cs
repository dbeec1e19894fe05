using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application.Laporan;
using Bpom.Platform.Modules.Kinerja.Application.Nasional;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>BPOM as a whole: the national PK (the Kepala BPOM's IKU) whose realisation is rolled up from the units' PKs
/// by a declared rule per indicator, scored like a unit's.</summary>
[ApiController]
[Route("api/kinerja/nasional")]
[Tags("Kinerja")]
internal sealed class KinerjaNasionalController(IMediator mediator) : ControllerBase
{
    /// <summary>The national scores of a period: NKO, predikat, sasaran and indicators of the national PK, each
    /// indicator's realisation rolled up from every unit (Jumlah, RataRata or Σpembilang/Σpenyebut) with how many
    /// units it counted. Pimpinan, the planning unit and Admin.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">B01–B12 or TW1–TW4.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<KinerjaNasionalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<KinerjaNasionalDto> Nilai([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new KinerjaNasionalQuery(tahun, periode), cancellationToken);

    /// <summary>"Kinerja BPOM Dalam Angka": the operational figures of the four SOPs counted nationally from their data,
    /// cumulative s.d. each quarter up to <c>periode</c> — activities completed, activities by form/programme/commodity,
    /// KIE, villages, markets and schools (PJAS) reached, kader/duta formed, facilitators certified and recognised.
    /// Pimpinan, the planning unit and Admin.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1, TW2, TW3, TW4 or TAHUN.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("angka")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<KinerjaDalamAngkaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<KinerjaDalamAngkaDto> Angka([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new KinerjaDalamAngkaQuery(tahun, periode), cancellationToken);

    /// <summary>BPOM's Laporan Kinerja (quarter, or TAHUN on the TW4 figures) as an editable Word document: national
    /// PK, capaian, NKO and predikat, count per kriteria, how each figure was rolled up, and the national SKM.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1, TW2, TW3, TW4 or TAHUN.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("laporan")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Laporan([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(new GetLaporanKinerjaNasionalQuery(tahun, periode), cancellationToken);
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", berkas.NamaBerkas);
    }

    /// <summary>The national PK of a year with its roll-up rules (version 0 and empty while none has been made), and
    /// whether the caller may revise it. Pimpinan, the planning unit and Admin.</summary>
    [HttpGet("pk/{tahun:int}")]
    [ProducesResponseType<PkNasionalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<PkNasionalDto> Pk(int tahun, CancellationToken cancellationToken) => mediator.Send(new GetPkNasionalQuery(tahun), cancellationToken);

    /// <summary>Creates or revises the national PK (the planning unit, Admin): perspectives → sasaran → indicators with
    /// targets, and for every indicator one rule { kode, aturan: Jumlah|RataRata|Rasio, kodeSumber (the units'
    /// indicator code; default the same) }. A revision needs <c>alasan</c>.</summary>
    [HttpPut("pk")]
    [ProducesResponseType<PkNasionalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<PkNasionalDto> SimpanPk([FromBody] SimpanPkNasionalBody body, CancellationToken cancellationToken) =>
        mediator.Send(new SimpanPkNasionalCommand(body.Tahun, body.Perspektif, body.Aturan, body.Alasan), cancellationToken);
}

/// <summary>The national PK to store.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Perspektif">Perspectives → sasaran → indicators (as a unit's PK).</param>
/// <param name="Aturan">One roll-up rule per indicator.</param>
/// <param name="Alasan">Why it is revised (required from version 2).</param>
internal sealed record SimpanPkNasionalBody(int Tahun, IReadOnlyList<PerspektifPk>? Perspektif, IReadOnlyList<AturanIndikatorNasional>? Aturan, string? Alasan);

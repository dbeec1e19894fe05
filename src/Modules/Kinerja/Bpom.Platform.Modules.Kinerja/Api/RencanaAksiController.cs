using Bpom.Platform.Modules.Kinerja.Application.Skm;
using Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>SKM results and action-plan (rencana aksi) monitoring with its semester recap.</summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
internal sealed class RencanaAksiController(IMediator mediator) : ControllerBase
{
    /// <summary>SKM results of a year (IKM, mutu A–D).</summary>
    [HttpGet("skm")]
    [ProducesResponseType<IReadOnlyList<HasilSkmDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<HasilSkmDto>> DaftarSkm([FromQuery] int tahun, [FromQuery] Guid? unitId, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarHasilSkmQuery(tahun, unitId), cancellationToken);

    /// <summary>SKM as published for a period: per unit and national (or the reader's scope), the IKM weighted by
    /// respondents over services on the 25–100 scale, each element U1–U9 on the same scale with its mutu, the year
    /// before's IKM for the same period and the difference, and the target (<c>Kinerja__TargetIkm</c>).</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">S1, S2, TW1–TW4 or TAHUNAN.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("skm/rekap")]
    [ProducesResponseType<RekapSkmDto>(StatusCodes.Status200OK)]
    public Task<RekapSkmDto> RekapSkm([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new RekapSkmQuery(tahun, periode), cancellationToken);

    /// <summary>Enters or corrects an SKM result (U1–U9, each 1–4) of a unit, service and period.</summary>
    /// <remarks>
    ///     { "unitId": "…", "tahun": 2026, "periode": "S1", "layanan": "Layanan informasi obat dan makanan", "jumlahResponden": 120,
    ///       "unsur": [3.4, 3.5, 3.3, 4.0, 3.6, 3.5, 3.7, 3.2, 3.4] }
    /// </remarks>
    [HttpPost("skm")]
    [ProducesResponseType<HasilSkmDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<HasilSkmDto> SimpanSkm(SimpanSkmRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new SimpanHasilSkmCommand(body.UnitId, body.Tahun, body.Periode, body.Layanan, body.JumlahResponden, body.Unsur), cancellationToken);

    /// <summary>Action plans (rencana aksi / tindak lanjut) the user may read.</summary>
    [HttpGet("rencana-aksi")]
    [ProducesResponseType<IReadOnlyList<RencanaAksiDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<RencanaAksiDto>> DaftarRencanaAksi(
        [FromQuery] int tahun, [FromQuery] int? semester, [FromQuery] Guid? unitId, [FromQuery] StatusRencanaAksi? status, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarRencanaAksiQuery(tahun, semester, unitId, status), cancellationToken);

    /// <summary>Records a recommendation for a unit; it starts Open.</summary>
    [HttpPost("rencana-aksi")]
    [ProducesResponseType<RencanaAksiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<RencanaAksiDto> BuatRencanaAksi(BuatRencanaAksiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BuatRencanaAksiCommand(body.UnitId, body.Tahun, body.Semester, body.Sumber, body.NomorRekomendasi, body.Rekomendasi, body.Unsur), cancellationToken);

    /// <summary>An action on an action plan: Isi (unit), Nilai (planning unit), SahkanBukti (unit head), Tutup (unit;
    /// needs a plan and signed-off evidence, else 409).</summary>
    [HttpPost("rencana-aksi/{id:guid}")]
    [ProducesResponseType<RencanaAksiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<RencanaAksiDto> UbahRencanaAksi(Guid id, UbahRencanaAksiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahRencanaAksiCommand(id, body.Aksi, body.Rencana, body.BatasWaktu, body.Catatan, body.Bukti, body.Sesuai, body.KondisiSebelum, body.KondisiSesudah), cancellationToken);

    /// <summary>The semester monitoring report's annexes as XLSX: Lampiran 1 per unit (recommendations, action plans,
    /// plans "sesuai", %, SKM elements not yet met) and Lampiran 2 per recommendation (plan, kondisi sebelum/sesudah,
    /// timeline, Open/Close, notes), over the units the user may read.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="semester">1 or 2.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("rencana-aksi/monitoring.xlsx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, JenisKonten.Xlsx)]
    public async Task<IActionResult> LampiranMonitoring([FromQuery] int tahun, [FromQuery] int semester, CancellationToken cancellationToken) =>
        File(await mediator.Send(new LampiranMonitoringQuery(tahun, semester), cancellationToken), JenisKonten.Xlsx, $"monitoring-rencana-aksi-{tahun}-S{semester}.xlsx");

    /// <summary>The semester monitoring report (recap, Lampiran 1 per unit, Lampiran 2 per recommendation) as an
    /// editable Word document, over the units the user may read.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="semester">1 or 2.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("rencana-aksi/monitoring.docx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task<IActionResult> LaporanMonitoring([FromQuery] int tahun, [FromQuery] int semester, CancellationToken cancellationToken) =>
        File(
            await mediator.Send(new LaporanMonitoringQuery(tahun, semester), cancellationToken), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"monitoring-rencana-aksi-{tahun}-S{semester}.docx");

    /// <summary>Semester recap: share of action plans "sesuai rekomendasi" per unit and overall.</summary>
    [HttpGet("rencana-aksi/rekap")]
    [ProducesResponseType<RekapRencanaAksiDto>(StatusCodes.Status200OK)]
    public Task<RekapRencanaAksiDto> RekapRencanaAksi([FromQuery] int tahun, [FromQuery] int semester, CancellationToken cancellationToken) =>
        mediator.Send(new RekapRencanaAksiQuery(tahun, semester), cancellationToken);
}

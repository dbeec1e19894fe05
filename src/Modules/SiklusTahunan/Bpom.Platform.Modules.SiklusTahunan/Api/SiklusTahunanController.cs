using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.SiklusTahunan.Application;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Api;

/// <summary>Narrative of a unit's annual report.</summary>
/// <param name="Capaian">What the unit achieved.</param>
/// <param name="Kendala">Obstacles.</param>
/// <param name="RencanaTindakLanjut">What it plans next.</param>
/// <param name="Versi">The <c>versi</c> read with the report (guards against overwriting a colleague's edit: 409).</param>
internal sealed record NarasiRequest(string? Capaian, string? Kendala, string? RencanaTindakLanjut, int? Versi);

/// <summary>A directive of Pimpinan.</summary>
/// <param name="Uraian">The directive.</param>
/// <param name="UnitIds">Addressed units (each gets its own tracked item).</param>
/// <param name="TargetTanggal">Target date.</param>
internal sealed record ArahanRequest(string? Uraian, IReadOnlyList<Guid>? UnitIds, LocalDate? TargetTanggal);

/// <summary>A unit to add to a cycle.</summary>
internal sealed record TambahUnitRequest(Guid UnitId);

/// <summary>
/// The yearly cycle of SOP A, B and C (steps A7–A10, B7–B10, C5–C8) on the SOP engine: each participating unit's
/// <b>Laporan Tahunan</b> (20 HK; a Loka's goes to its koordinator Balai), the coordinating Unit Kerja Pusat's
/// <b>Rekapitulasi</b> (40 HK, starting when every report is in or their window has passed), Pimpinan's <b>Masukan dan
/// arahan</b> (5 HK; SOP B 1 HK) and the <b>Monev tahun berjalan</b> (10 HK). Submit, approve, return, documents and
/// reminders go through the engine's step endpoints on the runs named here (<c>instansId</c>, <c>rekapInstansId</c>).
/// The cycle of year n opens by itself on the first working day of year n+1 (setting <c>SiklusTahunan:TanggalBuka</c>).
/// </summary>
[ApiController]
[Route("api/siklus-tahunan/{kodeSop}/{tahun:int}")]
[Tags("Siklus tahunan")]
[DeskripsiTag]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
internal sealed class SiklusTahunanController(IMediator mediator) : ControllerBase
{
    /// <summary>The cycle: status, the reports the user may read, the recap (Unit Kerja Pusat, Pimpinan, Admin) and the
    /// directive items.</summary>
    /// <remarks>
    /// Scope as activities: a UPT sees its own report and, as koordinator Balai, its Lokas'; Unit Kerja Pusat, Pimpinan
    /// and Admin see every unit. Before the cycle opens it returns the preview (<c>status: "Pratinjau"</c>) with each
    /// unit's figures so far.
    ///
    ///     GET /api/siklus-tahunan/POM-04.01-A/2026
    /// </remarks>
    [HttpGet]
    [ProducesResponseType<SiklusTahunanDto>(StatusCodes.Status200OK)]
    public Task<SiklusTahunanDto> Lihat(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new GetSiklusTahunanQuery(kodeSop, tahun), cancellationToken);

    /// <summary>One unit's annual report: figures drafted from the year's data, activities, narrative, annexes.</summary>
    [HttpGet("laporan/{unitId:guid}")]
    [ProducesResponseType<LaporanTahunanDto>(StatusCodes.Status200OK)]
    public Task<LaporanTahunanDto> Laporan(string kodeSop, int tahun, Guid unitId, CancellationToken cancellationToken) =>
        mediator.Send(new GetLaporanTahunanQuery(kodeSop, tahun, unitId), cancellationToken);

    /// <summary>Saves the report's narrative (the reporting unit, while it is a draft or returned).</summary>
    [HttpPut("laporan/{unitId:guid}")]
    [ProducesResponseType<LaporanTahunanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<LaporanTahunanDto> UbahNarasi(string kodeSop, int tahun, Guid unitId, NarasiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahNarasiCommand(kodeSop, tahun, unitId, body.Capaian, body.Kendala, body.RencanaTindakLanjut, body.Versi), cancellationToken);

    /// <summary>The report as an editable Word document (the same figures as the API).</summary>
    [HttpGet("laporan/{unitId:guid}/docx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task<IActionResult> LaporanDocx(string kodeSop, int tahun, Guid unitId, CancellationToken cancellationToken) =>
        Berkas(await mediator.Send(new UnduhLaporanTahunanQuery(kodeSop, tahun, unitId), cancellationToken));

    /// <summary>The national recap as Word.</summary>
    [HttpGet("rekap/docx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> RekapDocx(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        Berkas(await mediator.Send(new UnduhRekapQuery(kodeSop, tahun, Xlsx: false), cancellationToken));

    /// <summary>The recap's tables as XLSX (per unit, per province, total, not in).</summary>
    [HttpGet("rekap/xlsx")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> RekapXlsx(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        Berkas(await mediator.Send(new UnduhRekapQuery(kodeSop, tahun, Xlsx: true), cancellationToken));

    /// <summary>Pimpinan's directive: items addressed to units, each tracked (owner, target date, follow-ups) and
    /// routed to the units in the monev step, whose Tugas Saya lists them once the directive step is approved.</summary>
    /// <remarks>
    ///     POST /api/siklus-tahunan/POM-04.01-A/2026/arahan
    ///     { "uraian": "Perluas advokasi keamanan pangan jajanan sekolah ke seluruh kabupaten",
    ///       "unitIds": ["…"], "targetTanggal": "2027-06-30" }
    /// </remarks>
    [HttpPost("arahan")]
    [ProducesResponseType<SiklusTahunanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<SiklusTahunanDto> Arahan(string kodeSop, int tahun, ArahanRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BeriArahanCommand(kodeSop, tahun, body.Uraian, body.UnitIds, body.TargetTanggal), cancellationToken);

    /// <summary>The recommendations of this year's cycle a unit may plan next year's A1/B1/C1 activity on (pass one as
    /// <c>dasarRekomendasiId</c> when creating the activity).</summary>
    [HttpGet("rekomendasi")]
    [ProducesResponseType<IReadOnlyList<ArahanDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ArahanDto>> Rekomendasi(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarRekomendasiSiklusQuery(kodeSop, tahun), cancellationToken);

    /// <summary>Opens the cycle now (Admin; normally the daily job does on the opening day). Opening twice opens
    /// nothing twice. Returns the reports created.</summary>
    [HttpPost("buka")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<int>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<int> Buka(string kodeSop, int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new BukaSiklusCommand(kodeSop, tahun), cancellationToken);

    /// <summary>Adds a unit to the cycle (Admin): it gets its report step at once. Opens the cycle if it is not yet.</summary>
    [HttpPost("unit")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<int>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<int> TambahUnit(string kodeSop, int tahun, TambahUnitRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BukaSiklusCommand(kodeSop, tahun, [body.UnitId]), cancellationToken);

    private FileContentResult Berkas(BerkasSiklus b) => File(b.Isi, b.JenisKonten, b.NamaBerkas);
}

/// <summary>Where a cycle's run leads (links from Tugas Saya and notifications).</summary>
[ApiController]
[Route("api/siklus-tahunan/referensi/{id:guid}")]
[Tags("Siklus tahunan")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
internal sealed class ReferensiSiklusController(IMediator mediator) : ControllerBase
{
    /// <summary>The SOP, year and unit (null = the recap) of a <c>referensiId</c> of module SiklusTahunan.</summary>
    [HttpGet]
    [ProducesResponseType<ReferensiSiklusDto>(StatusCodes.Status200OK)]
    public Task<ReferensiSiklusDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new ReferensiSiklusQuery(id), cancellationToken);
}

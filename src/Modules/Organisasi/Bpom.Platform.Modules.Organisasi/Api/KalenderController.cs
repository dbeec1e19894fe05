using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Application.Kalender;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Api;

/// <summary>The hari kerja (HK) calendar: due dates, working-day counts, holidays and settings.</summary>
[ApiController]
[Route("api/kalender")]
[Tags("Kalender Hari Kerja")]
internal sealed class KalenderController(IMediator mediator) : ControllerBase
{
    /// <summary>Due date: the N-th working day after a start date.</summary>
    /// <remarks>
    /// The start date is not counted. Weekends, national holidays and (unless the setting says otherwise) cuti
    /// bersama are skipped. With <c>unitId</c> the deadline instant is the end of the due date in that unit's time
    /// zone; without it, Asia/Jakarta. A year in the range with no holiday data is counted on weekends alone and
    /// the response carries a warning in <c>peringatan</c>.
    ///
    ///     GET /api/kalender/hari-kerja/jatuh-tempo?mulai=2026-03-17&amp;hk=5
    ///     → { "mulai": "2026-03-17", "hk": 5, "jatuhTempo": "2026-03-31", … }
    /// </remarks>
    /// <param name="mulai">Start date, ISO YYYY-MM-DD (not counted).</param>
    /// <param name="hk">Number of working days, 1–1000.</param>
    /// <param name="unitId">Unit whose time zone applies (optional).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("hari-kerja/jatuh-tempo")]
    [ProducesResponseType<JatuhTempoResponse>(StatusCodes.Status200OK)]
    public Task<JatuhTempoResponse> JatuhTempo(
        [FromQuery] LocalDate? mulai, [FromQuery] int? hk, [FromQuery] Guid? unitId, CancellationToken cancellationToken) =>
        mediator.Send(new HitungJatuhTempoQuery(mulai, hk, unitId), cancellationToken);

    /// <summary>Number of working days between two dates: those in (dari, sampai].</summary>
    /// <remarks>Same convention as jatuh-tempo: <c>jumlah(mulai, jatuhTempo(mulai, N)) = N</c>.</remarks>
    /// <param name="dari">From (not counted), YYYY-MM-DD.</param>
    /// <param name="sampai">To (counted), YYYY-MM-DD, not before dari.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("hari-kerja/jumlah")]
    [ProducesResponseType<JumlahHariKerjaResponse>(StatusCodes.Status200OK)]
    public Task<JumlahHariKerjaResponse> Jumlah([FromQuery] LocalDate? dari, [FromQuery] LocalDate? sampai, CancellationToken cancellationToken) =>
        mediator.Send(new HitungJumlahHariKerjaQuery(dari, sampai), cancellationToken);

    /// <summary>Holidays and cuti bersama, optionally of one year.</summary>
    [HttpGet("hari-libur")]
    [ProducesResponseType<IReadOnlyList<HariLiburDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<HariLiburDto>> DaftarHariLibur([FromQuery] int? tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarHariLiburQuery(tahun), cancellationToken);

    /// <summary>Adds a holiday (Admin).</summary>
    /// <remarks>
    ///     { "tanggal": "2027-01-01", "jenis": "libur_nasional", "nama": "Tahun Baru 2027 Masehi",
    ///       "dasarHukum": "SKB 2027" }
    /// </remarks>
    [HttpPost("hari-libur")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<HariLiburDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<HariLiburDto>> BuatHariLibur(BuatHariLiburCommand command, CancellationToken cancellationToken)
    {
        var libur = await mediator.Send(command, cancellationToken);
        return Created($"/api/kalender/hari-libur/{libur.Id}", libur);
    }

    /// <summary>Changes a holiday (Admin).</summary>
    [HttpPut("hari-libur/{id:guid}")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<HariLiburDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<HariLiburDto> UbahHariLibur(Guid id, HariLiburRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahHariLiburCommand(id, body.Tanggal, body.Jenis, body.Nama, body.DasarHukum), cancellationToken);

    /// <summary>Deletes a holiday (Admin).</summary>
    [HttpDelete("hari-libur/{id:guid}")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> HapusHariLibur(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new HapusHariLiburCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Imports holidays from a CSV file (Admin).</summary>
    /// <remarks>
    /// CSV or XLSX (first sheet), header <c>date,kind,name,basis</c> (as in the seed file; <c>basis</c> the SKB's
    /// decree number); <c>kind</c> is <c>libur_nasional</c> or
    /// <c>cuti_bersama</c>. Rows are matched on (date, name): new rows are added, existing ones updated. Any bad
    /// row rejects the whole file (400 listing each row) and nothing changes.
    /// </remarks>
    /// <param name="berkas">The CSV (UTF-8) or XLSX file, at most 1 MB.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("hari-libur/impor")]
    [Authorize(Roles = Peran.Admin)]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(2_000_000)]
    [ProducesResponseType<ImporHariLiburResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ImporHariLiburResponse> ImporHariLibur(IFormFile? berkas, CancellationToken cancellationToken)
    {
        byte[]? isi = null;
        if (berkas is { Length: > 0 and <= ImporHariLiburCommandValidator.UkuranMaksimum })
        {
            using var ms = new MemoryStream();
            await berkas.CopyToAsync(ms, cancellationToken);
            isi = ms.ToArray();
        }
        else if (berkas is { Length: > ImporHariLiburCommandValidator.UkuranMaksimum })
        {
            isi = new byte[ImporHariLiburCommandValidator.UkuranMaksimum + 1]; // let the validator name the limit
        }

        return await mediator.Send(new ImporHariLiburCommand(isi), cancellationToken);
    }

    /// <summary>Calendar settings (whether cuti bersama counts as a working day).</summary>
    [HttpGet("pengaturan")]
    [ProducesResponseType<PengaturanKalenderDto>(StatusCodes.Status200OK)]
    public Task<PengaturanKalenderDto> Pengaturan(CancellationToken cancellationToken) =>
        mediator.Send(new GetPengaturanKalenderQuery(), cancellationToken);

    /// <summary>Changes calendar settings (Admin). Deadlines computed afterwards use the new setting.</summary>
    [HttpPut("pengaturan")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<PengaturanKalenderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<PengaturanKalenderDto> UbahPengaturan(UbahPengaturanKalenderCommand command, CancellationToken cancellationToken) =>
        mediator.Send(command, cancellationToken);

    /// <summary>Which years have holiday data; warns when this or next year's calendar is missing (Admin).</summary>
    [HttpGet("status")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<StatusKalenderResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<StatusKalenderResponse> Status(CancellationToken cancellationToken) =>
        mediator.Send(new StatusKalenderQuery(), cancellationToken);
}

/// <summary>A holiday's values.</summary>
/// <param name="Tanggal">Date, YYYY-MM-DD.</param>
/// <param name="Jenis"><c>libur_nasional</c> or <c>cuti_bersama</c>.</param>
/// <param name="Nama">Name, e.g. "Idul Fitri 1448 H".</param>
/// <param name="DasarHukum">Legal basis (the SKB), optional.</param>
internal sealed record HariLiburRequest(LocalDate? Tanggal, string Jenis, string Nama, string? DasarHukum);

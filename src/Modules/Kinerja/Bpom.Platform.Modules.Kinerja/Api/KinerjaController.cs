using System.Text;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Kinerja.Application;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Reads a <c>text/csv</c> (or <c>text/plain</c>) request body as a UTF-8 string.</summary>
internal sealed class CsvInputFormatter : TextInputFormatter
{
    public CsvInputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/csv"));
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/plain"));
        SupportedEncodings.Add(Encoding.UTF8);
    }

    protected override bool CanReadType(Type type) => type == typeof(string);

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new StreamReader(context.HttpContext.Request.Body, encoding);
        return await InputFormatterResult.SuccessAsync(await reader.ReadToEndAsync(context.HttpContext.RequestAborted));
    }
}

/// <summary>Body of a realisation save.</summary>
internal sealed record SimpanRealisasiRequest(Guid UnitId, int Tahun, string? Periode, IReadOnlyList<IsianRealisasi>? Isian, string? Alasan);

/// <summary>Body of a review action.</summary>
internal sealed record AksiRealisasiRequest(Guid UnitId, int Tahun, string? Periode, AksiRealisasi? Aksi, string? Alasan);

/// <summary>Body of a PK save.</summary>
internal sealed record SimpanPkRequest(Guid UnitId, int Tahun, IReadOnlyList<PerspektifPk>? Perspektif, string? Alasan);

/// <summary>Body of an SKM entry.</summary>
internal sealed record SimpanSkmRequest(Guid UnitId, int Tahun, string? Periode, string? Layanan, int JumlahResponden, IReadOnlyList<decimal>? Unsur);

/// <summary>Body of a new recommendation.</summary>
internal sealed record BuatRencanaAksiRequest(Guid UnitId, int Tahun, int Semester, SumberRekomendasi Sumber, string? NomorRekomendasi, string? Rekomendasi);

/// <summary>Body of an action-plan action.</summary>
internal sealed record UbahRencanaAksiRequest(AksiRencanaAksi? Aksi, string? Rencana, LocalDate? BatasWaktu, string? Catatan, IReadOnlyList<Guid>? Bukti, bool? Sesuai);

/// <summary>
/// Kinerja (SAKIP): Perjanjian Kinerja per unit and year, realisation entry with its review flow, scores exactly as
/// kinerja.md (capaian, SS capped at 120, perspective, NKO, predikat), import/export, national comparison, SOP
/// compliance from the SOP engine, SKM results and action-plan (rencana aksi) monitoring. A unit reads its own data
/// (a koordinator Balai also its Lokas); the planning unit, Pimpinan and Admin read all; outside = 404.
/// </summary>
[ApiController]
[Route("api/kinerja")]
[Tags("Kinerja")]
internal sealed class KinerjaController(IMediator mediator) : ControllerBase
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, Xlsx)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> NilaiXlsx(
        [FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        File(await mediator.Send(new EksporNilaiKinerjaQuery(unit, unitId, tahun, periode), cancellationToken), Xlsx, $"nilai-kinerja-{tahun}-{periode}.xlsx");

    /// <summary>The unit's PK and realisation for the period as XLSX in the import's columns.</summary>
    [HttpGet("ekspor")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, Xlsx)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Ekspor(
        [FromQuery] string? unit, [FromQuery] Guid? unitId, [FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        File(await mediator.Send(new EksporKinerjaQuery(unit, unitId, tahun, periode), cancellationToken), Xlsx, $"kinerja-{tahun}-{periode}.xlsx");

    /// <summary>National comparison: NKO ranking and SS × unit values of the units the user may read.</summary>
    [HttpGet("perbandingan")]
    [ProducesResponseType<PerbandinganKinerjaDto>(StatusCodes.Status200OK)]
    public Task<PerbandinganKinerjaDto> Perbandingan([FromQuery] int tahun, [FromQuery] string? periode, CancellationToken cancellationToken) =>
        mediator.Send(new PerbandinganKinerjaQuery(tahun, periode), cancellationToken);

    /// <summary>A unit's NKO over the periods of a year.</summary>
    [HttpGet("tren")]
    [ProducesResponseType<TrenKinerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<TrenKinerjaDto> Tren([FromQuery] Guid unitId, [FromQuery] int tahun, CancellationToken cancellationToken) =>
        mediator.Send(new TrenKinerjaQuery(unitId, tahun), cancellationToken);

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

    /// <summary>SOP compliance per unit, SOP and step: finished, on time, late, overdue, median HK used vs allowed.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1–TW4 or B01–B12; empty = the whole year.</param>
    /// <param name="unitId">Only this unit.</param>
    /// <param name="kodeSop">Only this SOP, e.g. POM-04.01-A.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("kepatuhan-sop")]
    [ProducesResponseType<KepatuhanSopDto>(StatusCodes.Status200OK)]
    public Task<KepatuhanSopDto> KepatuhanSop(
        [FromQuery] int tahun, [FromQuery] string? periode, [FromQuery] Guid? unitId, [FromQuery] string? kodeSop, CancellationToken cancellationToken) =>
        mediator.Send(new KepatuhanSopQuery(tahun, periode, unitId, kodeSop), cancellationToken);

    /// <summary>SKM results of a year (IKM, mutu A–D).</summary>
    [HttpGet("skm")]
    [ProducesResponseType<IReadOnlyList<HasilSkmDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<HasilSkmDto>> DaftarSkm([FromQuery] int tahun, [FromQuery] Guid? unitId, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarHasilSkmQuery(tahun, unitId), cancellationToken);

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
        mediator.Send(new BuatRencanaAksiCommand(body.UnitId, body.Tahun, body.Semester, body.Sumber, body.NomorRekomendasi, body.Rekomendasi), cancellationToken);

    /// <summary>An action on an action plan: Isi (unit), Nilai (planning unit), SahkanBukti (unit head), Tutup (unit;
    /// needs a plan and signed-off evidence, else 409).</summary>
    [HttpPost("rencana-aksi/{id:guid}")]
    [ProducesResponseType<RencanaAksiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<RencanaAksiDto> UbahRencanaAksi(Guid id, UbahRencanaAksiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahRencanaAksiCommand(id, body.Aksi, body.Rencana, body.BatasWaktu, body.Catatan, body.Bukti, body.Sesuai), cancellationToken);

    /// <summary>Semester recap: share of action plans "sesuai rekomendasi" per unit and overall.</summary>
    [HttpGet("rencana-aksi/rekap")]
    [ProducesResponseType<RekapRencanaAksiDto>(StatusCodes.Status200OK)]
    public Task<RekapRencanaAksiDto> RekapRencanaAksi([FromQuery] int tahun, [FromQuery] int semester, CancellationToken cancellationToken) =>
        mediator.Send(new RekapRencanaAksiQuery(tahun, semester), cancellationToken);
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>
/// SOP activity runs shared by every SOP module: steps and their state machine (start, pause, resume, submit,
/// return, approve, skip), HK due dates and SLA, documents, audit trail, recommendations and follow-ups.
/// The activity itself (title, stakeholders, …) is created in its module (e.g. <c>POST /api/advokasi</c>).
/// </summary>
[ApiController]
[Route("api/sop/instans/{id:guid}")]
[Tags("SOP — kegiatan berjalan")]
[DeskripsiTag]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
internal sealed class InstansController(IMediator mediator) : ControllerBase
{
    /// <summary>One activity run with its steps, due dates, SLA on the unit's today, documents and the actions
    /// the current user may take. 404 when the user may not read it.</summary>
    [HttpGet]
    [ProducesResponseType<InstansDto>(StatusCodes.Status200OK)]
    public Task<InstansDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetInstansQuery(id), cancellationToken);

    /// <summary>Runs an action on the current step.</summary>
    /// <remarks>
    /// <c>aksi</c>: Mulai (needs the Kelengkapan), Jeda (reason; paused working days do not count), Lanjutkan, Ajukan
    /// (needs the Output document), Kembalikan (reason; KepalaUnit), Setujui (KepalaUnit; starts the next step the
    /// same day), Lewati (only where the SOP allows; reason). Illegal transitions: 409 saying why, nothing changes.
    ///
    ///     POST /api/sop/instans/{id}/langkah/A1/Jeda
    ///     { "alasan": "Menunggu konfirmasi jadwal dari Pemda" }
    /// </remarks>
    [HttpPost("langkah/{kode}/{aksi}")]
    [ProducesResponseType<InstansDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<InstansDto> Jalankan(Guid id, string kode, PemicuLangkah aksi, AksiLangkahRequest? body, CancellationToken cancellationToken) =>
        mediator.Send(new JalankanLangkahCommand(id, kode, aksi, body?.Alasan), cancellationToken);

    /// <summary>Sets the planned finish date of a step without an HK deadline (N/A).</summary>
    [HttpPut("langkah/{kode}/rencana")]
    [ProducesResponseType<InstansDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<InstansDto> Rencana(Guid id, string kode, RencanaLangkahRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new TetapkanRencanaLangkahCommand(id, kode, body.RencanaSelesai), cancellationToken);

    /// <summary>Uploads the step's Output (or, for step 1, its Kelengkapan). PDF, Office, images; max 20 MB; the type
    /// is checked by content signature; SHA-256 stored; a re-upload adds a version.</summary>
    /// <param name="id">Activity run.</param>
    /// <param name="kode">Step code.</param>
    /// <param name="jenis">Output, Kelengkapan, or Bukti (evidence of a routed unit's part of the step).</param>
    /// <param name="berkas">The file.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("langkah/{kode}/dokumen")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(PemeriksaDokumen.UkuranMaksimumDefault + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = PemeriksaDokumen.UkuranMaksimumDefault + (1024 * 1024))]
    [ProducesResponseType<DokumenDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<DokumenDto>> Unggah(Guid id, string kode, [FromForm] JenisDokumen? jenis, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        var dokumen = await mediator.Send(new UnggahDokumenCommand(id, kode, jenis, nama, isi), cancellationToken);
        return CreatedAtAction(nameof(DokumenController.Unduh), "Dokumen", new { id = dokumen.Id }, dokumen);
    }

    /// <summary>The current user's unit reports its part of a step routed to it, or acknowledges an output addressed
    /// to it.</summary>
    /// <remarks>
    /// Routings (<c>langkah[].penugasan</c>) are set by the SOP module from the activity's data, e.g. SOP B step 5 is
    /// carried out by Dit. Was / UPT for the commodity and step 4's report is addressed to the Dit. Pemberdayaan
    /// (fungsi fasilitator) or the Dit. Pengawasan (CAPA). A <c>Pelaksana</c> routing is reported while the step runs
    /// (<c>catatan</c> required; upload evidence with <c>jenis=Bukti</c>); the step cannot be submitted before every
    /// such unit has reported. A <c>Penerima</c> routing is acknowledged once the output is approved. 403 when the step
    /// is not routed to the user's unit, 409 when it is not the time.
    ///
    ///     POST /api/sop/instans/{id}/langkah/B5/penugasan
    ///     { "catatan": "Pemeriksaan sarana dilakukan 12 Mei; CAPA diterima." }
    /// </remarks>
    [HttpPost("langkah/{kode}/penugasan")]
    [ProducesResponseType<InstansDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<InstansDto> Penugasan(Guid id, string kode, PenugasanRequest? body, CancellationToken cancellationToken) =>
        mediator.Send(new SelesaikanPenugasanCommand(id, kode, body?.Catatan), cancellationToken);

    /// <summary>Cancels the activity (KepalaUnit of the performing unit); unfinished steps are cancelled.</summary>
    [HttpPost("batalkan")]
    [ProducesResponseType<InstansDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<InstansDto> Batalkan(Guid id, BatalkanRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BatalkanInstansCommand(id, body.Alasan), cancellationToken);

    /// <summary>The append-only audit trail (who, unit, when, from, to, reason), oldest first.</summary>
    [HttpGet("audit")]
    [ProducesResponseType<IReadOnlyList<AuditDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<AuditDto>> Audit(Guid id, CancellationToken cancellationToken) => mediator.Send(new DaftarAuditQuery(id), cancellationToken);

    /// <summary>Recommendations with their follow-ups.</summary>
    [HttpGet("rekomendasi")]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<RekomendasiDto>> DaftarRekomendasi(Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarRekomendasiQuery(id), cancellationToken);

    /// <summary>Adds a recommendation (performing unit).</summary>
    /// <remarks>
    ///     { "uraian": "Pemda menerbitkan surat edaran keamanan pangan jajanan sekolah",
    ///       "penanggungJawab": "Dinas Kesehatan Kota Bengkulu", "targetTanggal": "2026-09-30" }
    /// </remarks>
    [HttpPost("rekomendasi")]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IReadOnlyList<RekomendasiDto>> BuatRekomendasi(Guid id, RekomendasiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BuatRekomendasiCommand(id, body.Uraian, body.PenanggungJawab, body.TargetTanggal), cancellationToken);

    /// <summary>Edits a recommendation.</summary>
    [HttpPut("rekomendasi/{rekomendasiId:guid}")]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IReadOnlyList<RekomendasiDto>> UbahRekomendasi(Guid id, Guid rekomendasiId, RekomendasiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahRekomendasiCommand(id, rekomendasiId, body.Uraian, body.PenanggungJawab, body.TargetTanggal), cancellationToken);

    /// <summary>Adds a follow-up (Open) to a recommendation.</summary>
    [HttpPost("rekomendasi/{rekomendasiId:guid}/tindak-lanjut")]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IReadOnlyList<RekomendasiDto>> TambahTindakLanjut(Guid id, Guid rekomendasiId, TindakLanjutRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new TambahTindakLanjutCommand(id, rekomendasiId, body.Uraian), cancellationToken);

    /// <summary>Closes a follow-up with its evidence file (multipart: <c>berkas</c>, optional <c>catatan</c>).</summary>
    /// <param name="id">Activity run.</param>
    /// <param name="rekomendasiId">Recommendation.</param>
    /// <param name="tindakLanjutId">Follow-up.</param>
    /// <param name="berkas">Evidence (PDF, Office, image).</param>
    /// <param name="catatan">Note.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("rekomendasi/{rekomendasiId:guid}/tindak-lanjut/{tindakLanjutId:guid}/tutup")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(PemeriksaDokumen.UkuranMaksimumDefault + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = PemeriksaDokumen.UkuranMaksimumDefault + (1024 * 1024))]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IReadOnlyList<RekomendasiDto>> TutupTindakLanjut(
        Guid id, Guid rekomendasiId, Guid tindakLanjutId, IFormFile? berkas, [FromForm] string? catatan, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new TutupTindakLanjutCommand(id, rekomendasiId, tindakLanjutId, nama, isi, catatan), cancellationToken);
    }

    /// <summary>Reopens a closed follow-up with a reason.</summary>
    [HttpPost("rekomendasi/{rekomendasiId:guid}/tindak-lanjut/{tindakLanjutId:guid}/buka")]
    [ProducesResponseType<IReadOnlyList<RekomendasiDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IReadOnlyList<RekomendasiDto>> BukaKembali(Guid id, Guid rekomendasiId, Guid tindakLanjutId, BukaKembaliRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new BukaKembaliTindakLanjutCommand(id, rekomendasiId, tindakLanjutId, body.Alasan), cancellationToken);
}

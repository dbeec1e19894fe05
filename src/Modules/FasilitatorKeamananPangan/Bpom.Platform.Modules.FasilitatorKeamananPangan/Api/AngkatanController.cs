using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using BuatAngkatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.BuatKegiatanSopCommand<Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.DataAngkatan, Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.AngkatanDto>;
using DaftarAngkatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.DaftarKegiatanSopQuery<Bpom.Platform.Modules.Sop.Contracts.Kegiatan.TanpaSaringan, Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.AngkatanRingkasDto>;
using GetAngkatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.GetKegiatanSopQuery<Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.AngkatanDto>;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UbahAngkatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.UbahKegiatanSopCommand<Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.DataAngkatan, Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan.AngkatanDto>;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>
/// Pembentukan Fasilitator Keamanan Pangan (SOP POM-04.01 D): cohorts (Angkatan) on the SOP engine, participants and
/// their path, certificates, the facilitator registry, the PPSDM queue and mentoring assignments. Steps, documents and
/// audit of a cohort are under <c>/api/sop/instans/{instansId}</c>. NIKs are shown whole only to Admin, PPSDM and the
/// directorates running SOP D; everyone else gets them masked.
/// </summary>
[ApiController]
[Route("api/fasilitator")]
[Tags("Fasilitator Keamanan Pangan")]
[DeskripsiTag]
internal sealed class AngkatanController(IMediator mediator) : ControllerBase
{
    /// <summary>Cohorts the user may read, newest first (or as <paramref name="urut"/> says).</summary>
    /// <param name="unitId">Only this running unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="status">Berjalan, Selesai or Dibatalkan.</param>
    /// <param name="terlambat">true: only those whose current step is overdue.</param>
    /// <param name="cari">Part of the name.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="provinsi">Only cohorts run by units in this province.</param>
    /// <param name="urut">Terbaru (default), Terlama, Judul or JatuhTempo.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("angkatan")]
    [ProducesResponseType<Halaman<AngkatanRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<AngkatanRingkasDto>> DaftarAngkatan(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari,
        [FromQuery] int? halaman, [FromQuery] int? ukuran, [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarAngkatan(unitId, tahun, cari, new TanpaSaringan(), new SaringanSop(status, terlambat, halaman, ukuran, provinsi, urut)), cancellationToken);

    /// <summary>The cohort list as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("angkatan/xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task<IActionResult> EksporAngkatan(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari,
        [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(
            new EksporKegiatanSopQuery<TanpaSaringan, AngkatanRingkasDto>(unitId, tahun, cari, new TanpaSaringan(), new SaringanSop(status, terlambat, null, null, provinsi, urut)), cancellationToken);
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    /// <summary>One cohort with its participants (status, certificates, history, actions open to the user) and SOP run.</summary>
    [HttpGet("angkatan/{id:guid}")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<AngkatanDto> LihatAngkatan(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetAngkatan(id), cancellationToken);

    /// <summary>Creates a cohort (staff of a directorate running SOP D); participating UPTs are routed to recruitment (D2).</summary>
    /// <remarks>
    ///     { "nama": "Angkatan I 2026", "dasarKegiatan": "Usulan kegiatan Dit. PMPU PO 2026", "uptIds": ["…"],
    ///       "pendaftaranMulai": "2026-01-05", "pendaftaranSelesai": "2026-01-30", "lembagaPelatihan": "LPK Pangan Nusantara" }
    /// </remarks>
    [HttpPost("angkatan")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<AngkatanDto>> BuatAngkatan(DataAngkatan body, CancellationToken cancellationToken)
    {
        var a = await mediator.Send(new BuatAngkatan(body), cancellationToken);
        return CreatedAtAction(nameof(LihatAngkatan), new { id = a.Id }, a);
    }

    /// <summary>Edits a running cohort (its unit); audited.</summary>
    [HttpPut("angkatan/{id:guid}")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> UbahAngkatan(Guid id, DataAngkatan body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahAngkatan(id, body), cancellationToken);

    /// <summary>Registers a person (by NIK; an existing NIK is the same person) while D1/D2 run.</summary>
    [HttpPost("angkatan/{id:guid}/peserta")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> TambahPeserta(Guid id, DataPeserta body, CancellationToken cancellationToken) =>
        mediator.Send(new TambahPesertaCommand(id, body), cancellationToken);

    /// <summary>Imports participants from CSV or XLSX (columns nama,nik,telepon,email,provinsi,kabupaten_kota,
    /// instansi_penugas,perjanjian). Every bad row is reported as <c>baris[n].kolom</c>; nothing is imported unless
    /// every row is good.</summary>
    /// <param name="id">Cohort.</param>
    /// <param name="berkas">The .csv (UTF-8, comma, header) or .xlsx (first sheet, header row) file, ≤ 5 MB.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("angkatan/{id:guid}/peserta/impor")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(6 * 1024 * 1024)]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AngkatanDto> ImporPeserta(Guid id, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new ImporPesertaCommand(id, nama, isi), cancellationToken);
    }

    /// <summary>One action on several participants at once (Rekrut, CatatPelatihan, Hentikan): all or nothing; the
    /// action's SOP step must have started (D2, D3).</summary>
    [HttpPost("angkatan/{id:guid}/peserta/transisi")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> Transisi(Guid id, TransisiPesertaRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new TransisiPesertaCommand(id, body.PesertaIds ?? [], body.Aksi, body.HasilPelatihan, body.Catatan), cancellationToken);

    /// <summary>Records a participant's competency certificate (PPSDM, step D4 started, trained competent).</summary>
    [HttpPost("peserta/{pesertaId:guid}/sertifikat-kompetensi")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> SertifikatKompetensi(Guid pesertaId, SertifikatKompetensiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new CatatSertifikatKompetensiCommand(pesertaId, body.Nomor, body.Skema, body.Lsp, body.Tanggal, body.BerlakuSampai), cancellationToken);

    /// <summary>Records a participant's ratified recognition certificate (PPSDM or Pimpinan, step D6 started).</summary>
    [HttpPost("peserta/{pesertaId:guid}/sertifikat-pengakuan")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> SertifikatPengakuan(Guid pesertaId, SertifikatPengakuanRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new CatatSertifikatPengakuanCommand(pesertaId, body.Nomor, body.DisahkanOleh, body.Tanggal, body.BerlakuSampai), cancellationToken);

    /// <summary>Uploads the scan of a recorded certificate (kept as evidence on step D4 / D6).</summary>
    /// <param name="pesertaId">Participant.</param>
    /// <param name="sertifikat">CatatSertifikatKompetensi or CatatSertifikatPengakuan.</param>
    /// <param name="berkas">PDF or image.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("peserta/{pesertaId:guid}/pindaian")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(PemeriksaDokumen.UkuranMaksimumDefault + (1024 * 1024))]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<AngkatanDto> Pindaian(Guid pesertaId, [FromForm] AksiPeserta? sertifikat, IFormFile? berkas, CancellationToken cancellationToken)
    {
        var (nama, isi) = await BerkasForm.BacaAsync(berkas, cancellationToken);
        return await mediator.Send(new UnggahPindaianSertifikatCommand(pesertaId, sertifikat, nama, isi), cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>Body of a bulk participant action.</summary>
/// <param name="PesertaIds">Participants.</param>
/// <param name="Aksi">Rekrut, CatatPelatihan or Hentikan.</param>
/// <param name="HasilPelatihan">Kompeten or BelumKompeten (CatatPelatihan).</param>
/// <param name="Catatan">Reason (Hentikan) or note.</param>
public sealed record TransisiPesertaRequest(IReadOnlyList<Guid> PesertaIds, AksiPeserta? Aksi, HasilPelatihan? HasilPelatihan, string? Catatan);

/// <summary>Body of a competency certificate.</summary>
public sealed record SertifikatKompetensiRequest(string Nomor, string Skema, string Lsp, LocalDate? Tanggal, LocalDate? BerlakuSampai);

/// <summary>Body of a recognition certificate.</summary>
public sealed record SertifikatPengakuanRequest(string Nomor, string DisahkanOleh, LocalDate? Tanggal, LocalDate? BerlakuSampai);

/// <summary>Body of a mentoring assignment.</summary>
public sealed record PendampinganRequest(Guid? SasaranPembinaanId, string? NamaUsaha, string? Nib, LocalDate? Mulai, LocalDate? Selesai, string? Catatan);

/// <summary>
/// Pembentukan Fasilitator Keamanan Pangan (SOP POM-04.01 D): cohorts (Angkatan) on the SOP engine, participants and
/// their path, certificates, the facilitator registry, the PPSDM queue and mentoring assignments. Steps, documents and
/// audit of a cohort are under <c>/api/sop/instans/{instansId}</c>. NIKs are shown whole only to Admin, PPSDM and the
/// directorates running SOP D; everyone else gets them masked.
/// </summary>
[ApiController]
[Route("api/fasilitator")]
[Tags("Fasilitator Keamanan Pangan")]
public sealed class FasilitatorController(IMediator mediator) : ControllerBase
{
    /// <summary>Cohorts the user may read, newest first.</summary>
    /// <param name="unitId">Only this running unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="status">Berjalan, Selesai or Dibatalkan.</param>
    /// <param name="terlambat">true: only those whose current step is overdue.</param>
    /// <param name="cari">Part of the name.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("angkatan")]
    [ProducesResponseType<Halaman<AngkatanRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<AngkatanRingkasDto>> DaftarAngkatan(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari,
        [FromQuery] int? halaman, [FromQuery] int? ukuran, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarAngkatanQuery(unitId, tahun, cari, new SaringanSop(status, terlambat, halaman, ukuran)), cancellationToken);

    /// <summary>One cohort with its participants (status, certificates, history, actions open to the user) and SOP run.</summary>
    [HttpGet("angkatan/{id:guid}")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<AngkatanDto> LihatAngkatan(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetAngkatanQuery(id), cancellationToken);

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
        var a = await mediator.Send(new BuatAngkatanCommand(body), cancellationToken);
        return CreatedAtAction(nameof(LihatAngkatan), new { id = a.Id }, a);
    }

    /// <summary>Edits a running cohort (its unit); audited.</summary>
    [HttpPut("angkatan/{id:guid}")]
    [ProducesResponseType<AngkatanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<AngkatanDto> UbahAngkatan(Guid id, DataAngkatan body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahAngkatanCommand(id, body), cancellationToken);

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

    /// <summary>The facilitator registry: people in cohorts the user may read, by name, province, status or certificate number.</summary>
    /// <param name="cari">Part of the name.</param>
    /// <param name="provinsi">Domicile province.</param>
    /// <param name="status">Status in their latest cohort.</param>
    /// <param name="nomorSertifikat">A competency or recognition certificate number.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<FasilitatorRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<FasilitatorRingkasDto>> Daftar(
        [FromQuery] string? cari, [FromQuery] string? provinsi, [FromQuery] StatusPeserta? status, [FromQuery] string? nomorSertifikat,
        [FromQuery] int? halaman, [FromQuery] int? ukuran, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarFasilitatorQuery(cari, provinsi, status, nomorSertifikat, halaman, ukuran), cancellationToken);

    /// <summary>A facilitator's profile: data, every cohort with its path and certificates, assignments.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<FasilitatorDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<FasilitatorDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetFasilitatorQuery(id), cancellationToken);

    /// <summary>Assigns a recognised facilitator to mentor a business (from the Pembinaan registry or a plain record).</summary>
    [HttpPost("{id:guid}/pendampingan")]
    [ProducesResponseType<FasilitatorDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<FasilitatorDto> Tugaskan(Guid id, PendampinganRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new TugaskanFasilitatorCommand(id, body.SasaranPembinaanId, body.NamaUsaha, body.Nib, body.Mulai, body.Selesai, body.Catatan), cancellationToken);

    /// <summary>What waits for PPSDM: training results, competency certificates, recognition certificates to ratify.</summary>
    [HttpGet("antrean-ppsdm")]
    [ProducesResponseType<IReadOnlyList<AntreanPpsdmDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public Task<IReadOnlyList<AntreanPpsdmDto>> AntreanPpsdm(CancellationToken cancellationToken) => mediator.Send(new AntreanPpsdmQuery(), cancellationToken);
}

/// <summary>Body of a quarterly monev report.</summary>
public sealed record KirimMonevRequest(string Ringkasan);

/// <summary>Quarterly monev reports of SOP D (opened by the daily job after each quarter, due on the 10th day after it).</summary>
[ApiController]
[Route("api/fasilitator/monev-triwulan")]
[Tags("Fasilitator Keamanan Pangan")]
public sealed class MonevTriwulanController(IMediator mediator) : ControllerBase
{
    /// <summary>Reports of the cohorts the user may read, newest quarter first.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<MonevTriwulanDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<MonevTriwulanDto>> Daftar([FromQuery] int? tahun, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarMonevTriwulanQuery(tahun), cancellationToken);

    /// <summary>Submits a report (staff of its unit); once only.</summary>
    [HttpPost("{id:guid}/kirim")]
    [ProducesResponseType<MonevTriwulanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<MonevTriwulanDto> Kirim(Guid id, KirimMonevRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new KirimMonevTriwulanCommand(id, body.Ringkasan), cancellationToken);
}

/// <summary>Public verification of recognition certificates: no login; shows name, status and validity only.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/fasilitator")]
[Tags("Verifikasi sertifikat fasilitator (publik)")]
public sealed class VerifikasiSertifikatController(IMediator mediator) : ControllerBase
{
    /// <summary>Is this recognition certificate valid? 400 for a malformed number, 404 when unknown. Numbers may
    /// contain slashes, as is or escaped (<c>FKP/2026/001</c> or <c>FKP%2F2026%2F001</c>).</summary>
    [HttpGet("sertifikat/{**nomor}")]
    [ProducesResponseType<VerifikasiSertifikatDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<VerifikasiSertifikatDto> Verifikasi(string nomor, CancellationToken cancellationToken) =>
        mediator.Send(new VerifikasiSertifikatQuery(Uri.UnescapeDataString(nomor ?? string.Empty)), cancellationToken);

    /// <summary>A QR code (SVG) pointing at the public verification page of the certificate, for the printed certificate.</summary>
    [HttpGet("qr-sertifikat/{**nomor}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "image/svg+xml")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Qr(string nomor, CancellationToken cancellationToken)
    {
        var s = await mediator.Send(new VerifikasiSertifikatQuery(Uri.UnescapeDataString(nomor ?? string.Empty)), cancellationToken);
        var tautan = $"{Request.Scheme}://{Request.Host}/verifikasi/{s.Nomor}";
        return Content(KodeQr.Svg(tautan), "image/svg+xml");
    }
}

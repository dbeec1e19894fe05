using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>The facilitator registry (one record per person), their profile and mentoring assignments, and the PPSDM
/// queue of what waits on PPSDM across cohorts.</summary>
[ApiController]
[Route("api/fasilitator")]
[Tags("Fasilitator Keamanan Pangan")]
internal sealed class RegistriFasilitatorController(IMediator mediator) : ControllerBase
{
    /// <summary>The facilitator registry: people in cohorts the user may read, by name, province, status or certificate number.</summary>
    /// <param name="cari">Part of the name.</param>
    /// <param name="provinsi">Domicile province.</param>
    /// <param name="status">Status in their latest cohort.</param>
    /// <param name="nomorSertifikat">A competency or recognition certificate number.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="unitId">Only those whose latest cohort this unit ran.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<FasilitatorRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<FasilitatorRingkasDto>> Daftar(
        [FromQuery] string? cari, [FromQuery] string? provinsi, [FromQuery] StatusPeserta? status, [FromQuery] string? nomorSertifikat,
        [FromQuery] int? halaman, [FromQuery] int? ukuran, [FromQuery] Guid? unitId, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarFasilitatorQuery(cari, provinsi, status, nomorSertifikat, halaman, ukuran, unitId), cancellationToken);

    /// <summary>The registry as filtered (every page, at most 10,000 rows, same order) as an Excel workbook; NIKs as the
    /// list shows them (masked unless the user may see them whole).</summary>
    [HttpGet("xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, EksporDaftar.JenisKonten)]
    public async Task<IActionResult> Ekspor(
        [FromQuery] string? cari, [FromQuery] string? provinsi, [FromQuery] StatusPeserta? status, [FromQuery] string? nomorSertifikat,
        [FromQuery] Guid? unitId, CancellationToken cancellationToken)
    {
        var isi = await EksporDaftar.XlsxAsync(
            (h, u) => mediator.Send(new DaftarFasilitatorQuery(cari, provinsi, status, nomorSertifikat, h, u, unitId), cancellationToken),
            f => new Dictionary<string, object?>
            {
                ["Nama"] = f.Nama,
                ["NIK"] = f.Nik,
                ["Provinsi"] = f.Provinsi,
                ["Kabupaten/kota"] = f.KabupatenKota,
                ["Instansi penugas"] = f.InstansiPenugas,
                ["Status"] = EksporDaftar.Kata(f.Status.ToString()),
                ["Angkatan terakhir"] = f.Angkatan,
                ["Nomor sertifikat pengakuan"] = f.NomorSertifikatPengakuan,
                ["Berlaku sampai"] = f.BerlakuSampai?.ToString("yyyy-MM-dd", null),
            },
            "fasilitator",
            cancellationToken);
        return File(isi, EksporDaftar.JenisKonten, "registri-fasilitator.xlsx");
    }

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

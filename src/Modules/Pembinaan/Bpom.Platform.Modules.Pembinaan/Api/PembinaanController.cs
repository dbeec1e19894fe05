using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;
using Bpom.Platform.Modules.Pembinaan.Application.Registri;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using BuatKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.BuatKegiatanSopCommand<Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.DataKegiatanPembinaan, Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.KegiatanPembinaanDto>;
using DaftarKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.DaftarKegiatanSopQuery<Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.SaringanPembinaan, Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.KegiatanPembinaanRingkasDto>;
using GetKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.GetKegiatanSopQuery<Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.KegiatanPembinaanDto>;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UbahKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.UbahKegiatanSopCommand<Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.DataKegiatanPembinaan, Bpom.Platform.Modules.Pembinaan.Application.Kegiatan.KegiatanPembinaanDto>;

namespace Bpom.Platform.Modules.Pembinaan.Api;

/// <summary>
/// Kegiatan Pembinaan dan Pendampingan (SOP POM-04.01 B, steps 1–6) and the registry of businesses and stakeholders
/// guided. Steps, routings, documents, audit and recommendations are under <c>/api/sop/instans/{instansId}</c>.
/// Routing: step 3's surat rekomendasi (OT/SK/Kosmetik businesses) goes to the Dit. Pengawasan and the local UPT;
/// step 4's report to the Dit. Pemberdayaan (fasilitator) or the Dit. Pengawasan (CAPA); step 5 is carried out by
/// Dit. Was / UPT per commodity. Routed units see the activity and find the work in <c>/api/tugas-saya</c>.
/// </summary>
[ApiController]
[Route("api/pembinaan")]
[Tags("Pembinaan dan Pendampingan")]
internal sealed class PembinaanController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists activities the user may read, newest planned start first, with the current step and SLA.</summary>
    /// <param name="unitId">Only this performing unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="komoditas">Only this commodity.</param>
    /// <param name="fungsi">Fasilitator or Capa.</param>
    /// <param name="status">Berjalan, Selesai or Dibatalkan.</param>
    /// <param name="terlambat">true: only those whose current step is overdue.</param>
    /// <param name="cari">Part of the title.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="provinsi">Only activities of units in this province.</param>
    /// <param name="urut">Terbaru (default) or Terlama by the activity's date, Judul (A–Z) or JatuhTempo (the current step's due date, nearest first).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<KegiatanPembinaanRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<KegiatanPembinaanRingkasDto>> Daftar(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] KomoditasPembinaan? komoditas, [FromQuery] FungsiPembinaan? fungsi,
        [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari, [FromQuery] int? halaman, [FromQuery] int? ukuran,
        [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken) =>
        mediator.Send(
            new DaftarKegiatan(unitId, tahun, cari, new SaringanPembinaan(komoditas, fungsi), new SaringanSop(status, terlambat, halaman, ukuran, provinsi, urut)),
            cancellationToken);

    /// <summary>The list as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task<IActionResult> Ekspor(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] KomoditasPembinaan? komoditas, [FromQuery] FungsiPembinaan? fungsi,
        [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari, [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut,
        CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(
            new EksporKegiatanSopQuery<SaringanPembinaan, KegiatanPembinaanRingkasDto>(
                unitId, tahun, cari, new SaringanPembinaan(komoditas, fungsi), new SaringanSop(status, terlambat, null, null, provinsi, urut)),
            cancellationToken);
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    /// <summary>One activity with the parties guided and its SOP run.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<KegiatanPembinaanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<KegiatanPembinaanDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetKegiatan(id), cancellationToken);

    /// <summary>Creates an activity for the user's unit (UPT, or a directorate SOP B names). Next: upload the request
    /// letter / MoU / basis as B1's Kelengkapan, then start B1.</summary>
    /// <remarks>
    ///     { "judul": "Pendampingan CPOTB UMKM jamu", "asal": "SuratPermintaan", "dasarKegiatan": "Surat Dinkes No. 440/12/2026",
    ///       "komoditas": "ObatTradisional", "fungsi": "Fasilitator", "bentuk": "Pendampingan", "jumlahPeserta": 12,
    ///       "sasaran": [ { "nama": "UD Jamu Sehat", "jenis": "PelakuUsaha", "nib": "1234567890123", "umkm": true,
    ///                      "provinsi": "Bengkulu", "kabupatenKota": "Kota Bengkulu" } ],
    ///       "lokasi": "Kota Bengkulu", "tanggalRencanaMulai": "2026-03-02", "tanggalRencanaSelesai": "2026-06-30" }
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<KegiatanPembinaanDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<KegiatanPembinaanDto>> Buat(DataKegiatanPembinaan body, CancellationToken cancellationToken)
    {
        var kegiatan = await mediator.Send(new BuatKegiatan(body), cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = kegiatan.Id }, kegiatan);
    }

    /// <summary>Edits a running activity (performing unit); audited; routing of steps not yet started follows the new data.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<KegiatanPembinaanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<KegiatanPembinaanDto> Ubah(Guid id, DataKegiatanPembinaan body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahKegiatan(id, body), cancellationToken);

    /// <summary>The registry of businesses and stakeholders guided (those in activities the user may read).</summary>
    /// <param name="cari">Part of the name, or the exact NIB.</param>
    /// <param name="jenis">Only this kind.</param>
    /// <param name="provinsi">Only this province.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("sasaran")]
    [ProducesResponseType<Halaman<SasaranRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<SasaranRingkasDto>> DaftarSasaran(
        [FromQuery] string? cari, [FromQuery] JenisSasaran? jenis, [FromQuery] string? provinsi, [FromQuery] int? halaman, [FromQuery] int? ukuran,
        CancellationToken cancellationToken) =>
        mediator.Send(new DaftarSasaranQuery(cari, jenis, provinsi, halaman, ukuran), cancellationToken);

    /// <summary>The registry as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("sasaran/xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, EksporDaftar.JenisKonten)]
    public async Task<IActionResult> EksporSasaran(
        [FromQuery] string? cari, [FromQuery] JenisSasaran? jenis, [FromQuery] string? provinsi, CancellationToken cancellationToken)
    {
        var isi = await EksporDaftar.XlsxAsync(
            (h, u) => mediator.Send(new DaftarSasaranQuery(cari, jenis, provinsi, h, u), cancellationToken),
            s => new Dictionary<string, object?>
            {
                ["Nama"] = s.Nama,
                ["Jenis"] = EksporDaftar.Kata(s.Jenis.ToString()),
                ["NIB"] = s.Nib,
                ["UMKM"] = s.Umkm ? "Ya" : "Tidak",
                ["IRTP"] = s.Irtp ? "Ya" : "Tidak",
                ["Provinsi"] = s.Provinsi,
                ["Kabupaten/kota"] = s.KabupatenKota,
                ["Jumlah kegiatan"] = s.JumlahKegiatan,
                ["Terakhir dibina"] = s.TerakhirDibina.ToString("yyyy-MM-dd", null),
            },
            "sasaran",
            cancellationToken);
        return File(isi, EksporDaftar.JenisKonten, "registri-sasaran.xlsx");
    }

    /// <summary>One business or stakeholder with every guidance it received (one record across activities).</summary>
    [HttpGet("sasaran/{id:guid}")]
    [ProducesResponseType<SasaranDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<SasaranDetailDto> LihatSasaran(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetSasaranQuery(id), cancellationToken);
}

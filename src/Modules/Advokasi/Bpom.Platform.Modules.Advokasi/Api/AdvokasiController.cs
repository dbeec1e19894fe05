using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Advokasi.Application.Kegiatan;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using BuatKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.BuatKegiatanSopCommand<
    Bpom.Platform.Modules.Advokasi.Application.Kegiatan.DataKegiatanAdvokasi, Bpom.Platform.Modules.Advokasi.Application.Kegiatan.KegiatanAdvokasiDto>;
using DaftarKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.DaftarKegiatanSopQuery<
    Bpom.Platform.Modules.Sop.Contracts.Kegiatan.TanpaSaringan, Bpom.Platform.Modules.Advokasi.Application.Kegiatan.KegiatanAdvokasiRingkasDto>;
using GetKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.GetKegiatanSopQuery<Bpom.Platform.Modules.Advokasi.Application.Kegiatan.KegiatanAdvokasiDto>;
using UbahKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.UbahKegiatanSopCommand<
    Bpom.Platform.Modules.Advokasi.Application.Kegiatan.DataKegiatanAdvokasi, Bpom.Platform.Modules.Advokasi.Application.Kegiatan.KegiatanAdvokasiDto>;

namespace Bpom.Platform.Modules.Advokasi.Api;

/// <summary>
/// Kegiatan Advokasi (SOP POM-04.01 A, steps 1–6). Steps, documents, audit and recommendations of an activity are
/// under <c>/api/sop/instans/{instansId}</c> (the id is in <c>instans.id</c>). A UPT sees its own activities (a
/// koordinator Balai also its Lokas'), Unit Kerja Pusat all (SOP A concerns every central unit), Pimpinan all.
/// </summary>
[ApiController]
[Route("api/advokasi")]
[Tags("Advokasi")]
internal sealed class AdvokasiController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists activities the user may read, newest planned start first, with the current step and SLA.</summary>
    /// <param name="unitId">Only this unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="status">Berjalan, Selesai or Dibatalkan.</param>
    /// <param name="terlambat">true: only those whose current step is overdue.</param>
    /// <param name="cari">Part of the title or topic.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="provinsi">Only activities of units in this province.</param>
    /// <param name="urut">Terbaru (default) or Terlama by the activity's date, Judul (A–Z) or JatuhTempo (the current step's due date, nearest first).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<KegiatanAdvokasiRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<KegiatanAdvokasiRingkasDto>> Daftar(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari,
        [FromQuery] int? halaman, [FromQuery] int? ukuran, [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarKegiatan(unitId, tahun, cari, new TanpaSaringan(), new SaringanSop(status, terlambat, halaman, ukuran, provinsi, urut)), cancellationToken);

    /// <summary>The list as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task<IActionResult> Ekspor(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] StatusInstans? status, [FromQuery] bool? terlambat, [FromQuery] string? cari,
        [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(
            new EksporKegiatanSopQuery<TanpaSaringan, KegiatanAdvokasiRingkasDto>(unitId, tahun, cari, new TanpaSaringan(), new SaringanSop(status, terlambat, null, null, provinsi, urut)), cancellationToken);
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    /// <summary>One activity with its SOP run: steps, due dates, SLA, documents and the actions open to the user.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<KegiatanAdvokasiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<KegiatanAdvokasiDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetKegiatan(id), cancellationToken);

    /// <summary>Creates an activity for the user's unit (Unit Kerja Pusat or UPT). Next: upload the basis document
    /// as A1's Kelengkapan, then start A1.</summary>
    /// <remarks>
    ///     { "judul": "Advokasi keamanan pangan jajanan anak sekolah", "topik": "Pangan jajanan anak sekolah",
    ///       "komoditas": "PanganOlahan", "bentuk": "Audiensi", "lokasi": "Kantor Wali Kota Bengkulu",
    ///       "pemangkuKepentingan": [ { "jenis": "PemerintahDaerah", "nama": "Pemerintah Kota Bengkulu" } ],
    ///       "tanggalRencanaMulai": "2026-03-02", "tanggalRencanaSelesai": "2026-05-29",
    ///       "dasarKegiatan": "Disposisi Kepala Balai No. 123/2026" }
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<KegiatanAdvokasiDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<KegiatanAdvokasiDto>> Buat(DataKegiatanAdvokasi body, CancellationToken cancellationToken)
    {
        var kegiatan = await mediator.Send(new BuatKegiatan(body), cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = kegiatan.Id }, kegiatan);
    }

    /// <summary>Edits a running activity (performing unit); the change is recorded in the audit trail.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<KegiatanAdvokasiDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<KegiatanAdvokasiDto> Ubah(Guid id, DataKegiatanAdvokasi body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahKegiatan(id, body), cancellationToken);
}

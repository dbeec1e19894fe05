using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan;
using Bpom.Platform.Modules.Pemberdayaan.Application.RegistriKader;
using Bpom.Platform.Modules.Pemberdayaan.Contracts;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using BuatKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.BuatKegiatanSopCommand<Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.DataKegiatanPemberdayaan, Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.KegiatanPemberdayaanDto>;
using DaftarKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.DaftarKegiatanSopQuery<Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.SaringanPemberdayaan, Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.KegiatanPemberdayaanRingkasDto>;
using GetKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.GetKegiatanSopQuery<Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.KegiatanPemberdayaanDto>;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UbahKegiatan = Bpom.Platform.Modules.Sop.Contracts.Kegiatan.UbahKegiatanSopCommand<Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.DataKegiatanPemberdayaan, Bpom.Platform.Modules.Pemberdayaan.Application.Kegiatan.KegiatanPemberdayaanDto>;

namespace Bpom.Platform.Modules.Pemberdayaan.Api;

/// <summary>
/// Kegiatan Pemberdayaan Masyarakat (SOP POM-04.01 C, steps 1–4), the kader/duta registry and the recap of what was
/// reached per unit and period. Steps, documents, audit and recommendations are under <c>/api/sop/instans/{instansId}</c>.
/// </summary>
[ApiController]
[Route("api/pemberdayaan")]
[Tags("Pemberdayaan Masyarakat")]
internal sealed class PemberdayaanController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists activities the user may read, newest planned start first, with the current step and SLA.</summary>
    /// <param name="unitId">Only this performing unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="program">Only this programme.</param>
    /// <param name="status">Berjalan, Selesai or Dibatalkan.</param>
    /// <param name="terlambat">true: only those whose current step is overdue.</param>
    /// <param name="cari">Part of the title.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="provinsi">Only activities of units in this province.</param>
    /// <param name="urut">Terbaru (default) or Terlama by the activity's date, Judul (A–Z) or JatuhTempo (the current step's due date, nearest first).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<KegiatanPemberdayaanRingkasDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<KegiatanPemberdayaanRingkasDto>> Daftar(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] ProgramPemberdayaan? program, [FromQuery] StatusInstans? status,
        [FromQuery] bool? terlambat, [FromQuery] string? cari, [FromQuery] int? halaman, [FromQuery] int? ukuran, [FromQuery] string? provinsi,
        [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken) =>
        mediator.Send(
            new DaftarKegiatan(unitId, tahun, cari, new SaringanPemberdayaan(program), new SaringanSop(status, terlambat, halaman, ukuran, provinsi, urut)),
            cancellationToken);

    /// <summary>The list as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task<IActionResult> Ekspor(
        [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] ProgramPemberdayaan? program, [FromQuery] StatusInstans? status,
        [FromQuery] bool? terlambat, [FromQuery] string? cari, [FromQuery] string? provinsi, [FromQuery] UrutKegiatan? urut, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(
            new EksporKegiatanSopQuery<SaringanPemberdayaan, KegiatanPemberdayaanRingkasDto>(
                unitId, tahun, cari, new SaringanPemberdayaan(program), new SaringanSop(status, terlambat, null, null, provinsi, urut)),
            cancellationToken);
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    /// <summary>One activity with its communities, kader and SOP run.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<KegiatanPemberdayaanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<KegiatanPemberdayaanDto> Lihat(Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new GetKegiatan(id), cancellationToken);

    /// <summary>Creates an activity for the user's unit (UPT, or a Dit. Pemberdayaan). Next: upload the basis as C1's
    /// Kelengkapan, then start C1.</summary>
    /// <remarks>
    ///     { "judul": "Desa Pangan Aman Desa Sumber Urip", "program": "DesaPanganAman", "bentuk": "PembentukanKaderKomunitas",
    ///       "komunitas": [ { "jenis": "Desa", "nama": "Desa Sumber Urip", "provinsi": "Bengkulu", "kabupatenKota": "Kabupaten Rejang Lebong" } ],
    ///       "kader": [ { "nama": "Siti Aminah", "peran": "Kader", "komunitas": "Desa Sumber Urip", "kontak": "0812..." } ],
    ///       "jumlahPeserta": 40, "lokasi": "Balai Desa Sumber Urip", "tanggalRencanaMulai": "2026-03-02",
    ///       "tanggalRencanaSelesai": "2026-05-29", "dasarKegiatan": "Rencana kerja 2026" }
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<KegiatanPemberdayaanDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<KegiatanPemberdayaanDto>> Buat(DataKegiatanPemberdayaan body, CancellationToken cancellationToken)
    {
        var kegiatan = await mediator.Send(new BuatKegiatan(body), cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = kegiatan.Id }, kegiatan);
    }

    /// <summary>Edits a running activity (performing unit), e.g. to record the kader formed; audited.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<KegiatanPemberdayaanDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<KegiatanPemberdayaanDto> Ubah(Guid id, DataKegiatanPemberdayaan body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahKegiatan(id, body), cancellationToken);

    /// <summary>The kader/duta registry (activities the user may read).</summary>
    /// <param name="cari">Part of the name or the community.</param>
    /// <param name="peran">Kader or Duta.</param>
    /// <param name="unitId">Only this unit.</param>
    /// <param name="tahun">Only this year.</param>
    /// <param name="halaman">Page, from 1.</param>
    /// <param name="ukuran">Page size, 1–100 (default 20).</param>
    /// <param name="provinsi">Only kader formed by units in this province.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("kader")]
    [ProducesResponseType<Halaman<KaderRegistriDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<KaderRegistriDto>> DaftarKader(
        [FromQuery] string? cari, [FromQuery] PeranKader? peran, [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] int? halaman,
        [FromQuery] int? ukuran, [FromQuery] string? provinsi, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarKaderQuery(cari, peran, unitId, tahun, halaman, ukuran, provinsi), cancellationToken);

    /// <summary>The kader/duta registry as filtered (every page, at most 10,000 rows, same order) as an Excel workbook.</summary>
    [HttpGet("kader/xlsx")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, EksporDaftar.JenisKonten)]
    public async Task<IActionResult> EksporKader(
        [FromQuery] string? cari, [FromQuery] PeranKader? peran, [FromQuery] Guid? unitId, [FromQuery] int? tahun, [FromQuery] string? provinsi,
        CancellationToken cancellationToken)
    {
        var isi = await EksporDaftar.XlsxAsync(
            (h, u) => mediator.Send(new DaftarKaderQuery(cari, peran, unitId, tahun, h, u, provinsi), cancellationToken),
            k => new Dictionary<string, object?>
            {
                ["Nama"] = k.Nama,
                ["Peran"] = k.Peran.ToString(),
                ["Komunitas"] = k.Komunitas,
                ["Jenis komunitas"] = EksporDaftar.Kata(k.JenisKomunitas?.ToString()),
                ["Kabupaten/kota"] = k.KabupatenKota,
                ["Kontak"] = k.Kontak,
                ["Kegiatan"] = k.JudulKegiatan,
                ["Program"] = EksporDaftar.Kata(k.Program.ToString()),
                ["Unit"] = k.NamaUnit,
                ["Tahun"] = k.Tahun,
            },
            "kader",
            cancellationToken);
        return File(isi, EksporDaftar.JenisKonten, "registri-kader.xlsx");
    }

    /// <summary>What was reached per unit in a year or period: activities carried out (step C3 finished in the period),
    /// distinct villages, markets, schools and other communities, kader formed and participants.</summary>
    /// <param name="tahun">Year.</param>
    /// <param name="periode">TW1–TW4 or B01–B12; empty = the whole year.</param>
    /// <param name="unitId">Only this unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet("rekap")]
    [EnableRateLimiting(LaporanBerat.Kebijakan)]
    [ProducesResponseType<RekapPemberdayaanDto>(StatusCodes.Status200OK)]
    public Task<RekapPemberdayaanDto> Rekap([FromQuery] int tahun, [FromQuery] string? periode, [FromQuery] Guid? unitId, CancellationToken cancellationToken) =>
        mediator.Send(new RekapPemberdayaanQuery(tahun, periode, unitId), cancellationToken);
}

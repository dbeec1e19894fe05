using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;
using Bpom.Platform.Modules.Organisasi.Domain;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Organisasi.Api;

/// <summary>Directory of units (Unit Kerja Pusat and UPT) with their time zones and Loka → koordinator Balai.</summary>
[ApiController]
[Route("api/unit-kerja")]
[Tags("Unit Kerja")]
internal sealed class UnitKerjaController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists units. Every signed-in user may read the directory.</summary>
    /// <param name="jenis">Filter by kind.</param>
    /// <param name="provinsi">Filter by province (exact name, e.g. "Bengkulu").</param>
    /// <param name="cari">Part of the unit's name.</param>
    /// <param name="koordinatorId">Only the Lokas coordinated by this Balai.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<UnitKerjaDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<UnitKerjaDto>> Daftar(
        [FromQuery] JenisUnit? jenis, [FromQuery] string? provinsi, [FromQuery] string? cari, [FromQuery] Guid? koordinatorId,
        CancellationToken cancellationToken) =>
        mediator.Send(new DaftarUnitKerjaQuery(jenis, provinsi, cari, koordinatorId), cancellationToken);

    /// <summary>One unit.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<UnitKerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<UnitKerjaDto> Lihat(Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new GetUnitKerjaQuery(id), cancellationToken);

    /// <summary>Creates a unit (Admin).</summary>
    /// <remarks>
    ///     { "nama": "Loka POM di Kabupaten Contoh", "jenis": "LokaPom", "kota": "Contoh",
    ///       "provinsi": "Bengkulu", "zonaWaktu": "Asia/Jakarta" }
    /// </remarks>
    [HttpPost]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<UnitKerjaDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<UnitKerjaDto>> Buat(BuatUnitKerjaCommand command, CancellationToken cancellationToken)
    {
        var unit = await mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = unit.Id }, unit);
    }

    /// <summary>Changes a unit's name, place, time zone and status (Admin).</summary>
    [HttpPut("{id:guid}")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<UnitKerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<UnitKerjaDto> Ubah(Guid id, UbahUnitKerjaRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahUnitKerjaCommand(id, body.Nama, body.Kategori, body.Eselon1, body.Kota, body.Provinsi, body.ZonaWaktu, body.Aktif), cancellationToken);

    /// <summary>Appoints the koordinator Balai of a Loka POM, or clears it with null (Admin).</summary>
    /// <remarks>The koordinator must be a Balai Besar POM or Balai POM; only a Loka POM has one (else 409).</remarks>
    [HttpPut("{id:guid}/koordinator")]
    [Authorize(Roles = Peran.Admin)]
    [ProducesResponseType<UnitKerjaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<UnitKerjaDto> TetapkanKoordinator(Guid id, TetapkanKoordinatorRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new TetapkanKoordinatorCommand(id, body.KoordinatorId), cancellationToken);
}

/// <summary>New values of a unit.</summary>
internal sealed record UbahUnitKerjaRequest(string Nama, string? Kategori, string? Eselon1, string? Kota, string Provinsi, string ZonaWaktu, bool Aktif);

/// <summary>The koordinator to appoint; null clears it.</summary>
/// <param name="KoordinatorId">The koordinator Balai; must be present — <c>null</c> clears it, an empty body is refused.</param>
internal sealed record TetapkanKoordinatorRequest([property: System.Text.Json.Serialization.JsonRequired] Guid? KoordinatorId);

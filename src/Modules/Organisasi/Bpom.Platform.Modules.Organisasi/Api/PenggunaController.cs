using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Organisasi.Api;

/// <summary>User accounts (Admin only).</summary>
[ApiController]
[Route("api/pengguna")]
[Authorize(Roles = Peran.Admin)]
[Tags("Pengguna")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
internal sealed class PenggunaController(IMediator mediator) : ControllerBase
{
    /// <summary>Lists users, optionally of one unit or matching a name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<PenggunaDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<PenggunaDto>> Daftar([FromQuery] Guid? unitId, [FromQuery] string? cari, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarPenggunaQuery(unitId, cari), cancellationToken);

    /// <summary>One user.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PenggunaDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetPenggunaQuery(id), cancellationToken);

    /// <summary>Creates a user with a unit, roles and an initial password.</summary>
    /// <remarks>
    ///     { "username": "upt.jambi", "namaLengkap": "Petugas Balai POM di Jambi",
    ///       "unitId": "…", "peran": ["Upt"], "kataSandi": "GantiSegera2026" }
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PenggunaDto>> Buat(BuatPenggunaCommand command, CancellationToken cancellationToken)
    {
        var pengguna = await mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = pengguna.Id }, pengguna);
    }

    /// <summary>Changes a user's name, unit, roles and active flag.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<PenggunaDto> Ubah(Guid id, UbahPenggunaRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahPenggunaCommand(id, body.NamaLengkap, body.UnitId, body.Peran, body.Aktif), cancellationToken);

    /// <summary>Sets a new password (and lifts a lockout).</summary>
    [HttpPut("{id:guid}/kata-sandi")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PenggunaDto> AturKataSandi(Guid id, AturKataSandiRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new AturKataSandiCommand(id, body.KataSandi), cancellationToken);

    /// <summary>Lifts a lockout caused by repeated failed logins.</summary>
    [HttpPost("{id:guid}/buka-kunci")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PenggunaDto> BukaKunci(Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new BukaKunciPenggunaCommand(id), cancellationToken);
}

/// <summary>New values of a user.</summary>
internal sealed record UbahPenggunaRequest(string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, bool Aktif);

/// <summary>A new password: at least 10 characters with letters and digits.</summary>
internal sealed record AturKataSandiRequest(string KataSandi);

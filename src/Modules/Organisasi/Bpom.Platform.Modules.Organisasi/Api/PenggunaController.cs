using Bpom.Platform.BuildingBlocks.Application;
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
    /// <summary>Users by username, one page, optionally of one unit or matching a username or name.</summary>
    /// <param name="unitId">Only this unit's users.</param>
    /// <param name="cari">Part of the username or full name (case-insensitive).</param>
    /// <param name="halaman">Page (from 1).</param>
    /// <param name="ukuran">Page size (1–100, default 25).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpGet]
    [ProducesResponseType<Halaman<PenggunaDto>>(StatusCodes.Status200OK)]
    public Task<Halaman<PenggunaDto>> Daftar(
        [FromQuery] Guid? unitId, [FromQuery] string? cari, [FromQuery] int? halaman, [FromQuery] int? ukuran, CancellationToken cancellationToken) =>
        mediator.Send(new DaftarPenggunaQuery(unitId, cari, halaman, ukuran), cancellationToken);

    /// <summary>One user.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<PenggunaDto> Lihat(Guid id, CancellationToken cancellationToken) => mediator.Send(new GetPenggunaQuery(id), cancellationToken);

    /// <summary>Creates a user with a unit, roles, an initial password and (optionally) an e-mail address.</summary>
    /// <remarks>
    ///     { "username": "upt.jambi", "namaLengkap": "Petugas Balai POM di Jambi",
    ///       "unitId": "…", "peran": ["Upt"], "kataSandi": "GantiSegera2026", "email": "upt.jambi@pom.go.id" }
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PenggunaDto>> Buat(BuatPenggunaCommand command, CancellationToken cancellationToken)
    {
        var pengguna = await mediator.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Lihat), new { id = pengguna.Id }, pengguna);
    }

    /// <summary>Sets users' e-mail addresses from a file.</summary>
    /// <remarks>
    /// CSV (UTF-8) or XLSX (first sheet) with header <c>nama_pengguna,email</c>; an empty <c>email</c> removes the
    /// address. Any bad row (unknown user, invalid address, a user twice) rejects the whole file (400 listing each
    /// row) and nothing changes.
    /// </remarks>
    /// <param name="berkas">The file, at most 2 MB.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    [HttpPost("impor-email")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(3_000_000)]
    [ProducesResponseType<ImporEmailPenggunaResponse>(StatusCodes.Status200OK)]
    public async Task<ImporEmailPenggunaResponse> ImporEmail(IFormFile? berkas, CancellationToken cancellationToken)
    {
        byte[]? isi = null;
        if (berkas is { Length: > 0 and <= ImporEmailPenggunaCommandValidator.UkuranMaksimum })
        {
            using var ms = new MemoryStream();
            await berkas.CopyToAsync(ms, cancellationToken);
            isi = ms.ToArray();
        }
        else if (berkas is { Length: > ImporEmailPenggunaCommandValidator.UkuranMaksimum })
        {
            isi = new byte[ImporEmailPenggunaCommandValidator.UkuranMaksimum + 1]; // let the validator name the limit
        }

        return await mediator.Send(new ImporEmailPenggunaCommand(isi), cancellationToken);
    }

    /// <summary>Changes a user's name, unit, roles, active flag and e-mail address.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<PenggunaDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<PenggunaDto> Ubah(Guid id, UbahPenggunaRequest body, CancellationToken cancellationToken) =>
        mediator.Send(new UbahPenggunaCommand(id, body.NamaLengkap, body.UnitId, body.Peran, body.Aktif, body.Email), cancellationToken);

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
/// <param name="NamaLengkap">Full name.</param>
/// <param name="UnitId">The user's unit.</param>
/// <param name="Peran">Roles.</param>
/// <param name="Aktif">False deactivates the account (its sessions end).</param>
/// <param name="Email">Where notifications are mailed; empty or absent: none.</param>
internal sealed record UbahPenggunaRequest(string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, bool Aktif, string? Email = null);

/// <summary>A new password: at least 10 characters with letters and digits.</summary>
internal sealed record AturKataSandiRequest(string KataSandi);

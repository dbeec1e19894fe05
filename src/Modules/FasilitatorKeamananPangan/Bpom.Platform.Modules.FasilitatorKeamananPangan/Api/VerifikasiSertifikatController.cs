using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Verifikasi;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Api;

/// <summary>Public verification of recognition certificates: no login; shows name, status and validity only.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/fasilitator")]
[Tags("Verifikasi sertifikat fasilitator (publik)")]
internal sealed class VerifikasiSertifikatController(IMediator mediator) : ControllerBase
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

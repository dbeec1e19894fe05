using Bpom.Platform.Modules.Sop.Application.Dokumen;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>Document download.</summary>
[ApiController]
[Route("api/sop/dokumen")]
[Tags("SOP — kegiatan berjalan")]
internal sealed class DokumenController(IMediator mediator) : ControllerBase
{
    /// <summary>Downloads a document version; anyone who may read the activity may download it (404 otherwise).</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "application/octet-stream")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Unduh(Guid id, CancellationToken cancellationToken)
    {
        var berkas = await mediator.Send(new UnduhDokumenQuery(id), cancellationToken);
        Response.Headers["X-Content-SHA256"] = berkas.Sha256;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
    }
}

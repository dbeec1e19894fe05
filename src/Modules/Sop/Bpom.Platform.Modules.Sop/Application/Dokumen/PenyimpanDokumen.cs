using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Dokumen;

/// <summary>Stores a document version of a step: the bytes are checked and kept by the Berkas module; the version,
/// kind and uploader here.</summary>
internal sealed class PenyimpanDokumen(SopDbContext db, AksesSop akses, IMediator mediator, IClock clock)
{
    public async Task<DokumenSop> SimpanAsync(InstansSop instans, string langkahKode, JenisDokumen jenis, string namaBerkas, byte[] isi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var berkas = await mediator.Send(new SimpanBerkasCommand(instans.Modul, namaBerkas, isi), cancellationToken);
        var versiTerakhir = await db.Dokumen.Where(d => d.InstansId == instans.Id && d.LangkahKode == langkahKode && d.Jenis == jenis)
            .MaxAsync(d => (int?)d.Versi, cancellationToken) ?? 0;
        var user = akses.Pengguna;
        var dokumen = new DokumenSop(
            Guid.CreateVersion7(), berkas.Id, instans.Id, langkahKode, jenis, versiTerakhir + 1, berkas.NamaBerkas, berkas.JenisKonten,
            berkas.Ukuran, berkas.Sha256, user.UserId, user.Username, clock.GetCurrentInstant());
        db.Dokumen.Add(dokumen);
        instans.Sentuh(clock.GetCurrentInstant());
        return dokumen;
    }
}

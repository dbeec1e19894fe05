using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Dokumen;

/// <summary>Downloads an evidence document (readers of its unit).</summary>
internal sealed record UnduhDokumenKinerjaQuery(Guid Id) : IQuery<(DokumenKinerjaDto Info, byte[] Isi)>;

internal sealed class UnduhDokumenKinerjaQueryValidator : AbstractValidator<UnduhDokumenKinerjaQuery>
{
    public UnduhDokumenKinerjaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class UnduhDokumenKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses, IMediator mediator) : IRequestHandler<UnduhDokumenKinerjaQuery, (DokumenKinerjaDto Info, byte[] Isi)>
{
    public async Task<(DokumenKinerjaDto Info, byte[] Isi)> Handle(UnduhDokumenKinerjaQuery request, CancellationToken cancellationToken)
    {
        var d = await db.Dokumen.AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Dokumen tidak ditemukan.");
        await akses.PastikanBacaAsync(d.UnitId, cancellationToken);
        var berkas = await mediator.Send(new BacaBerkasQuery(d.BerkasId), cancellationToken);
        return (new DokumenKinerjaDto(d.Id, d.UnitId, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Pada, d.Oleh), berkas.Isi);
    }
}

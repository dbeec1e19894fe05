using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Dokumen;

/// <summary>A document's bytes for download.</summary>
internal sealed record BerkasDokumen(string NamaBerkas, string JenisKonten, byte[] Isi, string Sha256);

/// <summary>Downloads a document version (anyone who may read the activity).</summary>
internal sealed record UnduhDokumenQuery(Guid DokumenId) : IQuery<BerkasDokumen>;

internal sealed class UnduhDokumenQueryValidator : AbstractValidator<UnduhDokumenQuery>
{
    public UnduhDokumenQueryValidator() => RuleFor(x => x.DokumenId).NotEmpty();
}

internal sealed class UnduhDokumenQueryHandler(SopDbContext db, AksesSop akses, IMediator mediator) : IRequestHandler<UnduhDokumenQuery, BerkasDokumen>
{
    public async Task<BerkasDokumen> Handle(UnduhDokumenQuery request, CancellationToken cancellationToken)
    {
        var dokumen = await db.Dokumen.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DokumenId, cancellationToken)
            ?? throw new NotFoundException("Dokumen tidak ditemukan.");
        var instans = await db.Instans.AsNoTracking().Where(i => i.Id == dokumen.InstansId)
            .Select(i => new { i.UnitId, i.KodeSop, i.UnitTerlibat }).SingleAsync(cancellationToken);
        if (!(await akses.CakupanAsync(cancellationToken)).Boleh(instans.UnitId, instans.KodeSop, instans.UnitTerlibat))
        {
            throw new NotFoundException("Dokumen tidak ditemukan.");
        }

        var berkas = await mediator.Send(new BacaBerkasQuery(dokumen.BerkasId), cancellationToken);
        return new BerkasDokumen(dokumen.NamaBerkas, dokumen.JenisKonten, berkas.Isi, dokumen.Sha256);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
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

internal sealed class UnduhDokumenQueryHandler(SopDbContext db, AksesSop akses) : IRequestHandler<UnduhDokumenQuery, BerkasDokumen>
{
    public async Task<BerkasDokumen> Handle(UnduhDokumenQuery request, CancellationToken cancellationToken)
    {
        var dokumen = await db.Dokumen.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DokumenId, cancellationToken)
            ?? throw new NotFoundException("Dokumen tidak ditemukan.");
        var instans = await db.Instans.AsNoTracking().SingleAsync(i => i.Id == dokumen.InstansId, cancellationToken);
        if (!(await akses.CakupanAsync(cancellationToken)).Boleh(instans.Id, instans.UnitId, instans.KodeSop))
        {
            throw new NotFoundException("Dokumen tidak ditemukan.");
        }

        var isi = await db.IsiDokumen.AsNoTracking().Where(i => i.DokumenId == dokumen.Id).Select(i => i.Isi).SingleAsync(cancellationToken);
        return new BerkasDokumen(dokumen.NamaBerkas, dokumen.JenisKonten, isi, dokumen.Sha256);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class CatatAuditKegiatanCommandValidator : AbstractValidator<CatatAuditKegiatanCommand>
{
    public CatatAuditKegiatanCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Aksi).NotEmpty().MaximumLength(60);
        RuleFor(x => x.Dari).MaximumLength(40);
        RuleFor(x => x.Ke).MaximumLength(40);
        RuleFor(x => x.Keterangan).MaximumLength(1000);
        RuleFor(x => x.JudulBaru).MaximumLength(300);
    }
}

internal sealed class CatatAuditKegiatanCommandHandler(SopDbContext db, PencatatAudit audit, IClock clock) : IRequestHandler<CatatAuditKegiatanCommand, Unit>
{
    public async Task<Unit> Handle(CatatAuditKegiatanCommand request, CancellationToken cancellationToken)
    {
        var instans = await db.Instans.SingleOrDefaultAsync(i => i.Id == request.InstansId, cancellationToken)
            ?? throw new NotFoundException("Kegiatan tidak ditemukan.");
        instans.Sentuh(clock.GetCurrentInstant());
        if (!string.IsNullOrWhiteSpace(request.JudulBaru))
        {
            instans.UbahJudul(request.JudulBaru);
        }

        audit.Catat(instans, null, request.Aksi, request.Dari, request.Ke, keterangan: request.Keterangan);
        return Unit.Value;
    }
}

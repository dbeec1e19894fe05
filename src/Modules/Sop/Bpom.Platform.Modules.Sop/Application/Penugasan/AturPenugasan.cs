using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Penugasan;

internal sealed class AturPenugasanCommandValidator : AbstractValidator<AturPenugasanCommand>
{
    public AturPenugasanCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Penugasan).NotNull();
        RuleForEach(x => x.Penugasan).ChildRules(p =>
        {
            p.RuleFor(x => x.LangkahKode).NotEmpty().MaximumLength(10);
            p.RuleFor(x => x.UnitId).NotEmpty();
            p.RuleFor(x => x.Jenis).IsInEnum();
            p.RuleFor(x => x.Keterangan).NotEmpty().MaximumLength(300);
        });
    }
}

internal sealed class AturPenugasanCommandHandler(SopDbContext db, PengaturPenugasan pengatur) : IRequestHandler<AturPenugasanCommand, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(AturPenugasanCommand request, CancellationToken cancellationToken)
    {
        var instans = await db.Instans.SingleOrDefaultAsync(i => i.Id == request.InstansId, cancellationToken)
            ?? throw new NotFoundException("Kegiatan tidak ditemukan.");
        await pengatur.AturAsync(instans, request.Penugasan, request.Output, cancellationToken);
        return instans.UnitTerlibat;
    }
}

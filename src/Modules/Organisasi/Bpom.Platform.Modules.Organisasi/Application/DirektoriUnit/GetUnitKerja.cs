using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

internal sealed record GetUnitKerjaQuery(Guid Id) : IQuery<UnitKerjaDto>;

internal sealed class GetUnitKerjaQueryValidator : AbstractValidator<GetUnitKerjaQuery>
{
    public GetUnitKerjaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetUnitKerjaQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetUnitKerjaQuery, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(GetUnitKerjaQuery request, CancellationToken cancellationToken) =>
        await db.UnitKerja.AsNoTracking().Where(u => u.Id == request.Id).ToDto(db.UnitKerja.AsNoTracking())
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Unit kerja {request.Id} tidak ditemukan.");
}

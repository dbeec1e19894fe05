using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

internal sealed record GetPenggunaQuery(Guid Id) : IQuery<PenggunaDto>;

internal sealed class GetPenggunaQueryValidator : AbstractValidator<GetPenggunaQuery>
{
    public GetPenggunaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetPenggunaQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<GetPenggunaQuery, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(GetPenggunaQuery request, CancellationToken cancellationToken) =>
        await DaftarPenggunaQueryHandler.Proyeksi(db, db.Pengguna.AsNoTracking().Where(p => p.Id == request.Id), clock.GetCurrentInstant())
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
}

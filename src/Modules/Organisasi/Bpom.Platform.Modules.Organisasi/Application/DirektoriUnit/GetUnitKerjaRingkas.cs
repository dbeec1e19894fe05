using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

internal sealed class GetUnitKerjaRingkasQueryValidator : AbstractValidator<GetUnitKerjaRingkasQuery>
{
    public GetUnitKerjaRingkasQueryValidator() => RuleFor(x => x.UnitId).NotEmpty();
}

internal sealed class GetUnitKerjaRingkasQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetUnitKerjaRingkasQuery, UnitKerjaRingkas?>
{
    public async Task<UnitKerjaRingkas?> Handle(GetUnitKerjaRingkasQuery request, CancellationToken cancellationToken) =>
        await db.UnitKerja.AsNoTracking().Where(u => u.Id == request.UnitId)
            .Select(u => new UnitKerjaRingkas(u.Id, u.Nama, u.Jenis.ToString(), u.Provinsi, u.ZonaWaktu, u.KoordinatorId))
            .SingleOrDefaultAsync(cancellationToken);
}

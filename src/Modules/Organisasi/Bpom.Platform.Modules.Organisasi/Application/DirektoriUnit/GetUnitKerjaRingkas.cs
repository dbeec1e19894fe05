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

internal sealed class DaftarUnitKerjaRingkasQueryHandler(OrganisasiDbContext db) : IRequestHandler<DaftarUnitKerjaRingkasQuery, IReadOnlyList<UnitKerjaRingkas>>
{
    public async Task<IReadOnlyList<UnitKerjaRingkas>> Handle(DaftarUnitKerjaRingkasQuery request, CancellationToken cancellationToken)
    {
        var q = db.UnitKerja.AsNoTracking();
        if (request.UnitIds is { } ids)
        {
            var daftar = ids.Distinct().ToList();
            q = q.Where(u => daftar.Contains(u.Id));
        }

        return await q.OrderBy(u => u.Nama)
            .Select(u => new UnitKerjaRingkas(u.Id, u.Nama, u.Jenis.ToString(), u.Provinsi, u.ZonaWaktu, u.KoordinatorId))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class DaftarUnitKerjaRingkasQueryValidator : AbstractValidator<DaftarUnitKerjaRingkasQuery>
{
    public DaftarUnitKerjaRingkasQueryValidator() =>
        RuleFor(x => x.UnitIds).Must(u => u is null || u.Count <= 5000).WithMessage("Paling banyak 5000 unit.");
}

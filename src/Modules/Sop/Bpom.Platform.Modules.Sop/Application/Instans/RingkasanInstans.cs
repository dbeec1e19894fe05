using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class RingkasanInstansQueryValidator : AbstractValidator<RingkasanInstansQuery>
{
    public RingkasanInstansQueryValidator() => RuleFor(x => x.InstansIds).NotNull();
}

internal sealed class RingkasanInstansQueryHandler(SopDbContext db, IKalenderHariKerjaSource kalenderSource, IClock clock)
    : IRequestHandler<RingkasanInstansQuery, IReadOnlyDictionary<Guid, RingkasanInstansDto>>
{
    public async Task<IReadOnlyDictionary<Guid, RingkasanInstansDto>> Handle(RingkasanInstansQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        var rows = await db.Instans.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        return rows.ToDictionary(i => i.Id, i =>
        {
            var aktif = i.LangkahAktif;
            var sla = aktif?.Sla(i.HariIni(sekarang), kalender);
            return new RingkasanInstansDto(
                i.Id, i.Status, aktif?.Kode, aktif?.Nama, aktif?.Status, sla?.JatuhTempo, sla?.HkTersisa, sla?.Status,
                sla?.Status == StatusSla.Terlambat);
        });
    }
}

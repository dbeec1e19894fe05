using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Perjanjian;

/// <summary>Lists the PKs of a year.</summary>
internal sealed record DaftarPerjanjianKinerjaQuery(int Tahun) : IQuery<IReadOnlyList<RingkasPkDto>>;

internal sealed class DaftarPerjanjianKinerjaQueryValidator : AbstractValidator<DaftarPerjanjianKinerjaQuery>
{
    public DaftarPerjanjianKinerjaQueryValidator() => RuleFor(x => x.Tahun).TahunKinerja();
}

internal sealed class DaftarPerjanjianKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<DaftarPerjanjianKinerjaQuery, IReadOnlyList<RingkasPkDto>>
{
    public async Task<IReadOnlyList<RingkasPkDto>> Handle(DaftarPerjanjianKinerjaQuery request, CancellationToken cancellationToken)
    {
        var q = db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == request.Tahun);
        if (await akses.CakupanBacaAsync(cancellationToken) is { } cakupan)
        {
            q = q.Where(p => cakupan.Contains(p.UnitId));
        }

        var pks = await q.ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(pks.Select(p => p.UnitId).ToList(), cancellationToken);
        return pks.Select(p => new RingkasPkDto(p.Id, p.UnitId, nama.GetValueOrDefault(p.UnitId, "-"), p.Tahun, p.Versi, p.SemuaIndikator.Count()))
            .OrderBy(p => p.Unit, StringComparer.Ordinal).ToList();
    }
}

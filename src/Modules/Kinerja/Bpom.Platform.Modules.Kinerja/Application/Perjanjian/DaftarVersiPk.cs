using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Perjanjian;

/// <summary>Every revision of a unit's PK, newest first.</summary>
internal sealed record DaftarVersiPkQuery(Guid UnitId, int Tahun) : IQuery<IReadOnlyList<VersiPkDto>>;

internal sealed class DaftarVersiPkQueryValidator : AbstractValidator<DaftarVersiPkQuery>
{
    public DaftarVersiPkQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
    }
}

internal sealed class DaftarVersiPkQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung) : IRequestHandler<DaftarVersiPkQuery, IReadOnlyList<VersiPkDto>>
{
    public async Task<IReadOnlyList<VersiPkDto>> Handle(DaftarVersiPkQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var versi = await db.PerjanjianKinerjaVersi.AsNoTracking().Where(v => v.PkId == pk.Id).OrderByDescending(v => v.Versi).ToListAsync(cancellationToken);
        return versi.Select(v => new VersiPkDto(v.Versi, v.Pada, v.Oleh, v.Alasan, v.Struktur)).ToList();
    }
}

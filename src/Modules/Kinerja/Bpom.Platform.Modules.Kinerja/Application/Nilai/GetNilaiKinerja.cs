using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>A unit's scores for a period: <c>GET /api/kinerja/nilai?unit=&lt;name&gt;&amp;tahun=2024&amp;periode=TW1</c>.</summary>
/// <param name="Unit">The unit's exact name (or <paramref name="UnitId"/>).</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or B01–B12.</param>
internal sealed record GetNilaiKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IPilihanUnitPeriode, IQuery<NilaiKinerjaDto>;

internal sealed class GetNilaiKinerjaQueryValidator : PilihanUnitPeriodeValidator<GetNilaiKinerjaQuery>;

internal sealed class GetNilaiKinerjaQueryHandler(PenghitungNilai penghitung) : IRequestHandler<GetNilaiKinerjaQuery, NilaiKinerjaDto>
{
    public async Task<NilaiKinerjaDto> Handle(GetNilaiKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(request.Unit, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        return await penghitung.HitungAsync(pk, unit.Nama, KodePeriode.Normalisasi(request.Periode)!, cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>A unit's NKO per period through the year (months and quarters with any realisation).</summary>
internal sealed record TrenKinerjaDto(Guid UnitId, string Unit, int Tahun, IReadOnlyList<TitikTrenDto> Titik);

/// <summary>One point of the trend.</summary>
internal sealed record TitikTrenDto(string Periode, decimal? NilaiKinerjaOrganisasi, string? Predikat);

/// <summary>The trend of a unit's NKO over the periods of a year.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
internal sealed record TrenKinerjaQuery(Guid UnitId, int Tahun) : IQuery<TrenKinerjaDto>;

internal sealed class TrenKinerjaQueryValidator : AbstractValidator<TrenKinerjaQuery>
{
    public TrenKinerjaQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
    }
}

internal sealed class TrenKinerjaQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung) : IRequestHandler<TrenKinerjaQuery, TrenKinerjaDto>
{
    public async Task<TrenKinerjaDto> Handle(TrenKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = await db.LaporanRealisasi.AsNoTracking().Where(l => l.PkId == pk.Id).Select(l => l.Periode).Distinct().ToListAsync(cancellationToken);
        var titik = new List<TitikTrenDto>();
        foreach (var p in periode.OrderBy(KodePeriode.Urutan))
        {
            var n = await penghitung.HitungAsync(pk, unit.Nama, p, cancellationToken);
            titik.Add(new TitikTrenDto(p, n.NilaiKinerjaOrganisasi, n.Predikat));
        }

        return new TrenKinerjaDto(unit.Id, unit.Nama, request.Tahun, titik);
    }
}

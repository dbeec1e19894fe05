using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Contracts;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

internal sealed class TenggatEntriKinerjaQueryValidator : AbstractValidator<TenggatEntriKinerjaQuery>
{
    public TenggatEntriKinerjaQueryValidator() =>
        RuleFor(x => x.Sampai).GreaterThanOrEqualTo(x => x.Dari).Must((q, s) => Period.Between(q.Dari, s, PeriodUnits.Days).Days <= 400)
            .WithMessage("Rentang paling lama satu tahun.");
}

/// <summary>The unit's own agreements of the years the range touches, their submitted months in one query, each
/// month's closing date as the entry form computes it (<see cref="AksesKinerja.BatasEntri"/>), no query per month.</summary>
internal sealed class TenggatEntriKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses, ICurrentUser user)
    : IRequestHandler<TenggatEntriKinerjaQuery, IReadOnlyList<TenggatEntriKinerja>>
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public async Task<IReadOnlyList<TenggatEntriKinerja>> Handle(TenggatEntriKinerjaQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Peran.Upt) && !user.IsInRole(Peran.UnitKerjaPusat) && !user.IsInRole(Peran.KepalaUnit))
        {
            return [];
        }

        // Entry for a month closes in the following month: the months reported lie a month before the range.
        var tahun = Enumerable.Range(request.Dari.PlusMonths(-1).Year, request.Sampai.Year - request.Dari.PlusMonths(-1).Year + 1).ToList();
        var pks = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.UnitId == user.UnitId && tahun.Contains(p.Tahun))
            .Select(p => new { p.Id, p.Tahun }).ToListAsync(cancellationToken);
        if (pks.Count == 0)
        {
            return [];
        }

        var ids = pks.Select(p => p.Id).ToList();
        var diajukan = (await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && l.Periode.StartsWith("B"))
                .Select(l => new { l.PkId, l.Periode, l.Riwayat }).ToListAsync(cancellationToken))
            .Where(l => l.Riwayat.Any(r => r.Aksi == nameof(AksiRealisasi.Ajukan))).Select(l => (l.PkId, l.Periode)).ToHashSet();
        var hasil = new List<TenggatEntriKinerja>();
        foreach (var pk in pks)
        {
            for (var bulan = 1; bulan <= 12; bulan++)
            {
                var periode = $"B{bulan:00}";
                if (diajukan.Contains((pk.Id, periode)))
                {
                    continue;
                }

                var batas = akses.BatasEntri(pk.Tahun, periode);
                if (batas >= request.Dari && batas <= request.Sampai)
                {
                    hasil.Add(new TenggatEntriKinerja(
                        pk.Tahun, periode, new LocalDate(pk.Tahun, bulan, 1).ToString("MMMM yyyy", Id), batas,
                        $"/kinerja/realisasi?{TautanRealisasi.Parameter(user.UnitId, pk.Tahun, periode)}"));
                }
            }
        }

        return hasil.OrderBy(h => h.Batas).ToList();
    }
}

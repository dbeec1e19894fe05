using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>A realisation report waiting for the reviewer: submitted (to verify or return) or verified (to ratify).</summary>
internal sealed record AntreanTinjauanDto(Guid UnitId, string Unit, int Tahun, string Periode, int Versi, StatusRealisasi Status, Instant DiubahPada, string DiubahOleh);

/// <summary>The reviewer's queue across units instead of picking units one by one: the latest version of every report
/// of the year that is submitted (for the planning unit, a Loka's koordinator Balai where configured, Admin) or
/// verified (for those who ratify), oldest first. Empty for users who review nothing.</summary>
internal sealed record AntreanTinjauanQuery(int Tahun) : IQuery<IReadOnlyList<AntreanTinjauanDto>>;

internal sealed class AntreanTinjauanQueryValidator : AbstractValidator<AntreanTinjauanQuery>
{
    public AntreanTinjauanQueryValidator() => RuleFor(x => x.Tahun).TahunKinerja();
}

internal sealed class AntreanTinjauanQueryHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<AntreanTinjauanQuery, IReadOnlyList<AntreanTinjauanDto>>
{
    public async Task<IReadOnlyList<AntreanTinjauanDto>> Handle(AntreanTinjauanQuery request, CancellationToken cancellationToken)
    {
        var status = new[] { StatusRealisasi.Diajukan, StatusRealisasi.Diverifikasi };
        // Latest version per report, in the database (the year's reports on their year/status index).
        var q = db.LaporanRealisasi.AsNoTracking()
            .Where(l => l.Tahun == request.Tahun && status.Contains(l.Status)
                && !db.LaporanRealisasi.Any(x => x.PkId == l.PkId && x.Periode == l.Periode && x.Versi > l.Versi));
        var cakupan = await akses.CakupanBacaAsync(cancellationToken);
        if (cakupan is not null)
        {
            var unit = cakupan.ToList();
            q = q.Where(l => unit.Contains(l.UnitId));
        }

        var rows = await q.OrderBy(l => l.DiubahPada)
            .Select(l => new { l.UnitId, l.Tahun, l.Periode, l.Versi, l.Status, l.DiubahPada, l.DiubahOleh })
            .Take(500)
            .ToListAsync(cancellationToken);
        var hasil = new List<AntreanTinjauanDto>();
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var boleh = new Dictionary<(Guid, StatusRealisasi), bool>();
        foreach (var r in rows)
        {
            if (!boleh.TryGetValue((r.UnitId, r.Status), out var ya))
            {
                ya = r.Status == StatusRealisasi.Diajukan
                    ? await akses.BolehTinjauAsync(r.UnitId, cancellationToken)
                    : await akses.BolehSahkanAsync(r.UnitId, cancellationToken);
                boleh[(r.UnitId, r.Status)] = ya;
            }

            if (ya)
            {
                hasil.Add(new AntreanTinjauanDto(r.UnitId, nama.GetValueOrDefault(r.UnitId, "-"), r.Tahun, r.Periode, r.Versi, r.Status, r.DiubahPada, r.DiubahOleh));
            }
        }

        return hasil;
    }
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Nilai;

/// <summary>One unit in the national comparison.</summary>
internal sealed record PerbandinganUnitDto(
    Guid UnitId, string Unit, string JenisUnit, decimal? NilaiKinerjaOrganisasi, string? Predikat, IReadOnlyDictionary<string, decimal?> Sasaran,
    StatusRealisasi? StatusLaporan);

/// <summary>NKO ranking and SS × unit values of every unit (with a PK) the user may read.</summary>
internal sealed record PerbandinganKinerjaDto(int Tahun, string Periode, IReadOnlyList<string> KodeSasaran, IReadOnlyList<PerbandinganUnitDto> Unit);

/// <summary>National comparison of units for a period.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or B01–B12.</param>
internal sealed record PerbandinganKinerjaQuery(int Tahun, string? Periode) : IQueryRekap<PerbandinganKinerjaDto>;

internal sealed class PerbandinganKinerjaQueryValidator : AbstractValidator<PerbandinganKinerjaQuery>
{
    public PerbandinganKinerjaQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

/// <summary>Three reads whatever the number of units: the year's PKs in scope, their latest reports of the period,
/// and the SOP counts of the period grouped by unit in the database; the scores are computed here.</summary>
internal sealed class PerbandinganKinerjaQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung, AksesKinerja akses, KepatuhanSop kepatuhan)
    : IRequestHandler<PerbandinganKinerjaQuery, PerbandinganKinerjaDto>
{
    public async Task<PerbandinganKinerjaDto> Handle(PerbandinganKinerjaQuery request, CancellationToken cancellationToken)
    {
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var q = db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == request.Tahun);
        var cakupan = await akses.CakupanBacaAsync(cancellationToken);
        if (cakupan is not null)
        {
            q = q.Where(p => cakupan.Contains(p.UnitId));
        }

        var pks = await q.ToListAsync(cancellationToken);
        var units = await akses.MuatUnitAsync(pks.Select(p => p.UnitId).ToList(), cancellationToken);
        var laporan = await penghitung.LaporanTerkiniAsync(pks.Select(p => p.Id).ToList(), periode, cancellationToken);
        var (dari, sampai) = KepatuhanSop.RentangRealisasi(request.Tahun, periode);
        var agregat = (await kepatuhan.AgregatAsync(cakupan, dari, sampai, cancellationToken)).ToLookup(a => a.UnitId);
        var hasil = new List<PerbandinganUnitDto>();
        foreach (var pk in pks.Where(p => units.ContainsKey(p.UnitId)))
        {
            var n = penghitung.Hitung(pk, units[pk.UnitId].Nama, periode, laporan.GetValueOrDefault(pk.Id), KepatuhanSop.RealisasiOtomatis(pk, agregat[pk.UnitId]));
            hasil.Add(new PerbandinganUnitDto(
                pk.UnitId, n.Unit, units[pk.UnitId].Jenis, n.NilaiKinerjaOrganisasi, n.Predikat,
                n.Sasaran.GroupBy(s => s.Kode).ToDictionary(g => g.Key, g => g.First().Nilai), n.StatusLaporan));
        }

        var kode = hasil.SelectMany(h => h.Sasaran.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return new PerbandinganKinerjaDto(
            request.Tahun, periode, kode,
            hasil.OrderByDescending(h => h.NilaiKinerjaOrganisasi ?? -1m).ThenBy(h => h.Unit, StringComparer.Ordinal).ToList());
    }
}

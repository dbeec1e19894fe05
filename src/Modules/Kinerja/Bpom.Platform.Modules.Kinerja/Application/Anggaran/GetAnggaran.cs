using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Anggaran;

/// <summary>A budget line: pagu, the monthly realisation, and realisation to the end of the period asked for.</summary>
internal sealed record BarisAnggaranDto(
    Guid Id, string KodeProgram, string NamaProgram, string KodeKegiatan, string NamaKegiatan, string KodeOutput, string NamaOutput, string? KodeSasaran,
    decimal Pagu, IReadOnlyList<decimal> RealisasiBulanan, decimal Realisasi, decimal? Persen, int Versi);

/// <summary>Realisation in a quarter and cumulative to its end, as % of the year's pagu.</summary>
internal sealed record AnggaranTriwulanDto(string Periode, decimal Realisasi, decimal RealisasiKumulatif, decimal? PersenKumulatif);

/// <summary>A sasaran's budget (its linked lines; <c>kodeSasaran</c> null = lines not linked) to the end of the period,
/// its capaian kinerja (the SS value of the period), and <c>indeksEfisiensi</c> = capaian kinerja ÷ realisasi anggaran
/// (%): above 1 the sasaran achieved more than the share of its budget spent.</summary>
internal sealed record AnggaranSasaranDto(
    string? KodeSasaran, string? NamaSasaran, decimal Pagu, decimal Realisasi, decimal? PersenAnggaran, decimal? CapaianKinerja, decimal? IndeksEfisiensi);

/// <summary>A unit's budget for a year: totals to the end of <c>periode</c>, per quarter, per sasaran with efficiency,
/// and the lines.</summary>
internal sealed record AnggaranUnitDto(
    Guid UnitId, string Unit, int Tahun, string Periode, decimal Pagu, decimal Realisasi, decimal? Persen, IReadOnlyList<AnggaranTriwulanDto> PerTriwulan,
    IReadOnlyList<AnggaranSasaranDto> PerSasaran, IReadOnlyList<BarisAnggaranDto> Baris);

/// <summary>A unit's budget and its realisation.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">B01–B12 or TW1–TW4: realisation to the end of it (default TW4, the whole year).</param>
internal sealed record GetAnggaranQuery(Guid UnitId, int Tahun, string? Periode) : IQuery<AnggaranUnitDto>;

internal sealed class GetAnggaranQueryValidator : AbstractValidator<GetAnggaranQuery>
{
    public GetAnggaranQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja().When(x => !string.IsNullOrWhiteSpace(x.Periode));
    }
}

internal sealed class GetAnggaranQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung) : IRequestHandler<GetAnggaranQuery, AnggaranUnitDto>
{
    public async Task<AnggaranUnitDto> Handle(GetAnggaranQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var periode = string.IsNullOrWhiteSpace(request.Periode) ? "TW4" : KodePeriode.Normalisasi(request.Periode)!;
        var baris = await db.Anggaran.AsNoTracking().Where(a => a.UnitId == unit.Id && a.Tahun == request.Tahun)
            .OrderBy(a => a.KodeProgram).ThenBy(a => a.KodeKegiatan).ThenBy(a => a.KodeOutput).ToListAsync(cancellationToken);
        var pk = await db.PerjanjianKinerja.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Tahun == request.Tahun, cancellationToken);
        var nilai = pk is null ? null : await penghitung.HitungAsync(pk, unit.Nama, periode, cancellationToken);
        return Hitung(unit.Id, unit.Nama, request.Tahun, periode, baris, nilai);
    }

    /// <summary>The budget figures from the lines and (when the unit has a PK) the period's scores; also used by the
    /// Laporan Kinerja document.</summary>
    internal static AnggaranUnitDto Hitung(Guid unitId, string namaUnit, int tahun, string periode, IReadOnlyList<AnggaranOutput> baris, NilaiKinerjaDto? nilai)
    {
        var bulan = KodePeriode.BulanAkhir(periode);
        var pagu = baris.Sum(b => b.Pagu);
        var realisasi = baris.Sum(b => b.RealisasiSampai(bulan));
        var perTw = Enumerable.Range(1, 4).Select(tw => new AnggaranTriwulanDto(
            $"TW{tw}",
            baris.Sum(b => b.RealisasiSampai(tw * 3) - b.RealisasiSampai((tw - 1) * 3)),
            baris.Sum(b => b.RealisasiSampai(tw * 3)),
            Persen(baris.Sum(b => b.RealisasiSampai(tw * 3)), pagu))).ToList();
        var sasaran = nilai?.Sasaran.ToDictionary(s => s.Kode, StringComparer.OrdinalIgnoreCase) ?? [];
        var perSasaran = baris.GroupBy(b => b.KodeSasaran?.ToUpperInvariant())
            .Select(g =>
            {
                var s = g.Key is null ? null : sasaran.GetValueOrDefault(g.Key);
                var p = g.Sum(b => b.Pagu);
                var r = g.Sum(b => b.RealisasiSampai(bulan));
                var persen = Persen(r, p);
                return new AnggaranSasaranDto(
                    s?.Kode ?? g.First().KodeSasaran, s?.Nama, p, r, persen, s?.Nilai,
                    s?.Nilai is { } c && persen is { } a && a > 0 ? Penilaian.Bulatkan(c / a) : null);
            })
            .OrderBy(s => s.KodeSasaran is null).ThenBy(s => s.KodeSasaran, StringComparer.Ordinal)
            .ToList();
        return new AnggaranUnitDto(
            unitId, namaUnit, tahun, periode, pagu, realisasi, Persen(realisasi, pagu), perTw, perSasaran,
            baris.Select(b => Baris(b, bulan)).ToList());
    }

    /// <summary>A line as shown, realised to the end of month <paramref name="bulan"/>.</summary>
    internal static BarisAnggaranDto Baris(AnggaranOutput b, int bulan) => new(
        b.Id, b.KodeProgram, b.NamaProgram, b.KodeKegiatan, b.NamaKegiatan, b.KodeOutput, b.NamaOutput, b.KodeSasaran, b.Pagu, b.RealisasiBulanan,
        b.RealisasiSampai(bulan), Persen(b.RealisasiSampai(bulan), b.Pagu), b.Versi);

    private static decimal? Persen(decimal realisasi, decimal pagu) => pagu == 0 ? null : Penilaian.Bulatkan(realisasi / pagu * 100m);
}

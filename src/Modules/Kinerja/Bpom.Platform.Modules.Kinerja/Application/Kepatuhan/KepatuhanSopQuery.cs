using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;

/// <summary>SOP compliance of one unit, SOP and step in a period.</summary>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Unit">Its name.</param>
/// <param name="KodeSop">SOP code, e.g. POM-04.01-A.</param>
/// <param name="Modul">Owning module.</param>
/// <param name="LangkahKode">Step code, e.g. A2.</param>
/// <param name="Selesai">Steps finished in the period.</param>
/// <param name="TepatWaktu">Of those, finished within Mutu Baku.</param>
/// <param name="Terlambat">Of those, finished late.</param>
/// <param name="SedangTerlambat">Steps due in the period and still not finished past their due date (as of today).</param>
/// <param name="MedianHkTerpakai">Median working days used by the finished steps with an HK standard.</param>
/// <param name="HkDiizinkan">The step's Mutu Baku (HK).</param>
/// <param name="PersenTepatWaktu">TepatWaktu ÷ finished steps with an HK standard × 100.</param>
internal sealed record KepatuhanLangkahDto(
    Guid UnitId, string Unit, string KodeSop, string Modul, string LangkahKode, int Selesai, int TepatWaktu, int Terlambat, int SedangTerlambat,
    decimal? MedianHkTerpakai, decimal? HkDiizinkan, decimal? PersenTepatWaktu);

/// <summary>Totals of a unit and SOP.</summary>
internal sealed record KepatuhanSopRingkasDto(
    Guid UnitId, string Unit, string KodeSop, int Selesai, int TepatWaktu, int Terlambat, int SedangTerlambat, int KegiatanSelesai, decimal? PersenTepatWaktu);

/// <summary>SOP compliance for a period, per step and per unit/SOP.</summary>
internal sealed record KepatuhanSopDto(int Tahun, string? Periode, IReadOnlyList<KepatuhanLangkahDto> Langkah, IReadOnlyList<KepatuhanSopRingkasDto> Ringkasan);

/// <summary>SOP compliance: steps finished (on time, late), overdue and the median HK used against the HK allowed,
/// per unit, SOP and step, for steps finished (or due) in the period.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or B01–B12; empty = the whole year.</param>
/// <param name="UnitId">Only this unit.</param>
/// <param name="KodeSop">Only this SOP (e.g. POM-04.01-A).</param>
internal sealed record KepatuhanSopQuery(int Tahun, string? Periode, Guid? UnitId, string? KodeSop) : IQueryRekap<KepatuhanSopDto>;

internal sealed class KepatuhanSopQueryValidator : AbstractValidator<KepatuhanSopQuery>
{
    public KepatuhanSopQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => string.IsNullOrWhiteSpace(p) || KodePeriode.Normalisasi(p) is not null)
            .WithMessage("periode harus TW1–TW4 atau B01–B12 (kosong = setahun).");
        RuleFor(x => x.KodeSop).MaximumLength(30);
    }
}

/// <summary>Counted and medians taken in the database, grouped by unit, SOP and step: the answer's size is the
/// number of (unit, step) pairs, not of steps in the period.</summary>
internal sealed class KepatuhanSopQueryHandler(KepatuhanSop kepatuhan, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<KepatuhanSopQuery, KepatuhanSopDto>
{
    public async Task<KepatuhanSopDto> Handle(KepatuhanSopQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = PeriodeLaporan.Rentang(request.Tahun, request.Periode)!.Value;
        IReadOnlyList<Guid>? unit = await akses.CakupanBacaAsync(cancellationToken);
        if (request.UnitId is { } id)
        {
            await akses.PastikanBacaAsync(id, cancellationToken); // out of scope: 404, as everywhere
            unit = [id];
        }

        var kodeSop = string.IsNullOrWhiteSpace(request.KodeSop) ? null : request.KodeSop.Trim();
        var hariIni = akses.Sekarang.InZone(ZonaWaktuUnit.Nasional).Date;
        var baris = await kepatuhan.PerLangkahAsync(unit, kodeSop, dari, sampai, hariIni, cancellationToken);
        var kegiatan = (await kepatuhan.AgregatAsync(unit, dari, sampai, cancellationToken, kodeSop)).ToDictionary(a => (a.UnitId, a.KodeSop), a => a.KegiatanSelesai);
        var nama = await direktori.NamaUnitAsync(baris.Select(l => l.UnitId).Distinct().ToList(), cancellationToken);
        var perLangkah = baris
            .Select(b => new KepatuhanLangkahDto(
                b.UnitId, nama.GetValueOrDefault(b.UnitId, "-"), b.KodeSop, b.Modul, b.LangkahKode, b.Selesai, b.TepatWaktu, b.Terlambat, b.SedangTerlambat,
                Bulat(b.MedianHkTerpakai), Bulat(b.MedianHkDiizinkan),
                b.TepatWaktu + b.Terlambat == 0 ? null : Penilaian.Bulatkan(b.TepatWaktu * 100m / (b.TepatWaktu + b.Terlambat))))
            .OrderBy(x => x.Unit, StringComparer.Ordinal).ThenBy(x => x.KodeSop, StringComparer.Ordinal).ThenBy(x => x.LangkahKode, StringComparer.Ordinal)
            .ToList();
        var ringkas = perLangkah.GroupBy(l => (l.UnitId, l.Unit, l.KodeSop))
            .Select(g => (g.Key, Selesai: g.Sum(x => x.Selesai), Tepat: g.Sum(x => x.TepatWaktu), Telat: g.Sum(x => x.Terlambat), Sedang: g.Sum(x => x.SedangTerlambat)))
            .Select(g => new KepatuhanSopRingkasDto(
                g.Key.UnitId, g.Key.Unit, g.Key.KodeSop, g.Selesai, g.Tepat, g.Telat, g.Sedang,
                kegiatan.GetValueOrDefault((g.Key.UnitId, g.Key.KodeSop)),
                g.Tepat + g.Telat == 0 ? null : Penilaian.Bulatkan(g.Tepat * 100m / (g.Tepat + g.Telat))))
            .ToList();
        return new KepatuhanSopDto(request.Tahun, KodePeriode.Normalisasi(request.Periode), perLangkah, ringkas);
    }

    private static decimal? Bulat(decimal? nilai) => nilai is { } n ? Penilaian.Bulatkan(n) : null;
}

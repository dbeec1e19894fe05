using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.MultiTahun;

/// <summary>One year of an indicator: the PK's annual target, the realisation of the period, capaian against the annual
/// target, the Renstra target of that year and capaian against it (null = no data).</summary>
internal sealed record TahunIndikatorDto(int Tahun, decimal? TargetPk, decimal? Realisasi, decimal? Capaian, decimal? TargetRenstra, decimal? CapaianRenstra);

/// <summary>An indicator over the years, with the Renstra's target for its last year and the capaian so far against it.</summary>
internal sealed record IndikatorMultiTahunDto(
    string Kode, string Nama, string Satuan, ArahIndikator Arah, IReadOnlyList<TahunIndikatorDto> Tahun, int? TahunAkhirRenstra, decimal? TargetAkhirRenstra,
    decimal? CapaianAkhirRenstra);

/// <summary>"Tahun n−k … n": a unit's indicators over the years at the same period, against the PK and the Renstra.</summary>
internal sealed record MultiTahunDto(Guid UnitId, string Unit, int Tahun, string Periode, int TahunDari, int? RenstraAwal, int? RenstraAkhir, IReadOnlyList<IndikatorMultiTahunDto> Indikator);

/// <summary>A unit's indicators compared over the years.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">The last year (n).</param>
/// <param name="Periode">The period compared in every year (default TW4).</param>
/// <param name="Mundur">k: how many years back (1–9, default 4).</param>
internal sealed record MultiTahunQuery(Guid UnitId, int Tahun, string? Periode, int? Mundur) : IQuery<MultiTahunDto>;

internal sealed class MultiTahunQueryValidator : AbstractValidator<MultiTahunQuery>
{
    public MultiTahunQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja().When(x => !string.IsNullOrWhiteSpace(x.Periode));
        RuleFor(x => x.Mundur).InclusiveBetween(1, 9).WithMessage("mundur harus 1–9 tahun.");
    }
}

internal sealed class MultiTahunQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung) : IRequestHandler<MultiTahunQuery, MultiTahunDto>
{
    public async Task<MultiTahunDto> Handle(MultiTahunQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var periode = string.IsNullOrWhiteSpace(request.Periode) ? "TW4" : KodePeriode.Normalisasi(request.Periode)!;
        return await BuatAsync(db, penghitung, unit.Id, unit.Nama, request.Tahun, periode, request.Mundur ?? 4, cancellationToken);
    }

    internal static async Task<MultiTahunDto> BuatAsync(
        KinerjaDbContext db, PenghitungNilai penghitung, Guid unitId, string namaUnit, int tahun, string periode, int mundur, CancellationToken ct)
    {
        var dari = tahun - mundur;
        var pk = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.UnitId == unitId && p.Tahun >= dari && p.Tahun <= tahun).ToListAsync(ct);
        var nilai = new Dictionary<int, IReadOnlyDictionary<string, NilaiIndikatorDto>>();
        foreach (var p in pk.OrderBy(p => p.Tahun))
        {
            nilai[p.Tahun] = (await penghitung.HitungAsync(p, namaUnit, periode, ct)).Indikator.ToDictionary(i => i.Kode, StringComparer.Ordinal);
        }

        // The Renstra covering year n (the latest plan that starts on or before it).
        var renstra = await db.Renstra.AsNoTracking().Where(r => r.UnitId == unitId && r.TahunAwal <= tahun && r.TahunAwal >= tahun - 4).ToListAsync(ct);
        var awal = renstra.Count == 0 ? (int?)null : renstra.Max(r => r.TahunAwal);
        var target = renstra.Where(r => r.TahunAwal == awal).ToDictionary(r => r.KodeIndikator, StringComparer.Ordinal);

        // Indicators of year n's PK in its order, then Renstra indicators that PK does not have.
        var kode = pk.SingleOrDefault(p => p.Tahun == tahun)?.SemuaIndikator.Select(i => i.Kode).ToList() ?? [];
        kode.AddRange(target.Keys.Except(kode).Order(StringComparer.Ordinal));
        var hasil = kode.Select(k =>
        {
            var r = target.GetValueOrDefault(k);
            var terakhir = nilai.OrderByDescending(n => n.Key).Select(n => n.Value.GetValueOrDefault(k)).FirstOrDefault(i => i is not null);
            var arah = terakhir?.Arah ?? r?.Arah ?? ArahIndikator.Naik;
            var tahunan = Enumerable.Range(dari, mundur + 1).Select(t =>
            {
                var i = nilai.GetValueOrDefault(t)?.GetValueOrDefault(k);
                var tr = r?.TargetUntuk(t);
                return new TahunIndikatorDto(t, i?.TargetTahunan, i?.Realisasi, i?.CapaianTahunan, tr, Penilaian.Bulatkan(Penilaian.Capaian(arah, tr, i?.Realisasi)));
            }).ToList();
            var akhir = r?.TargetUntuk(r.TahunAkhir);
            var realisasiKini = tahunan.LastOrDefault(t => t.Realisasi is not null)?.Realisasi;
            return new IndikatorMultiTahunDto(
                k, terakhir?.Nama ?? r!.NamaIndikator, terakhir?.Satuan ?? r!.Satuan, arah, tahunan, r?.TahunAkhir, akhir,
                Penilaian.Bulatkan(Penilaian.Capaian(arah, akhir, realisasiKini)));
        }).ToList();
        return new MultiTahunDto(unitId, namaUnit, tahun, periode, dari, awal, awal + 4, hasil);
    }
}

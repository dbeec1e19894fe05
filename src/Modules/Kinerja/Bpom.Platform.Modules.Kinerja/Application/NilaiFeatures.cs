using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application;

/// <summary>An indicator's score in a period. <c>capaian</c> is raw (uncapped) against the period's cumulative target,
/// <c>capaianTahunan</c> against the annual target; null = not measured.</summary>
internal sealed record NilaiIndikatorDto(
    string Kode, string Nama, string Satuan, string KodeSasaran, ArahIndikator Arah, decimal? TargetPeriode, decimal? TargetTahunan, decimal? Realisasi,
    decimal? Capaian, decimal? CapaianTahunan, string? Kriteria, string? Proyeksi, SumberRealisasi Sumber);

/// <summary>A sasaran's value (average of its measured indicators, each capped at 120; null when none measured).
/// <c>dihitung</c>: counts toward the NKO.</summary>
internal sealed record NilaiSasaranDto(string Kode, string Nama, string Perspektif, decimal? Nilai, string? Kriteria, bool Dihitung);

/// <summary>A perspective's value: average of its measured sasaran that count toward the NKO.</summary>
internal sealed record NilaiPerspektifDto(string Nama, decimal? Nilai);

/// <summary>A unit's scores for a period (kinerja.md). Kriteria, outlook and predikat are the wording of the published
/// reports ("Sangat baik", "Tidak dapat disimpulkan", "Butuh Perbaikan", …).</summary>
internal sealed record NilaiKinerjaDto(
    string Unit, Guid UnitId, int Tahun, string Periode, IReadOnlyList<NilaiIndikatorDto> Indikator, IReadOnlyList<NilaiSasaranDto> Sasaran,
    IReadOnlyList<NilaiPerspektifDto> Perspektif, decimal? NilaiKinerjaOrganisasi, string? Predikat, StatusRealisasi? StatusLaporan, int? VersiLaporan,
    int VersiPk);

/// <summary>The wording of kriteria, outlook and predikat as BPOM publishes it.</summary>
internal static class TeksKinerja
{
    public static string? Kriteria(KriteriaCapaian? k) => k switch
    {
        KriteriaCapaian.TidakDapatDisimpulkan => "Tidak dapat disimpulkan",
        KriteriaCapaian.SangatBaik => "Sangat baik",
        KriteriaCapaian.Baik => "Baik",
        KriteriaCapaian.Cukup => "Cukup",
        KriteriaCapaian.Kurang => "Kurang",
        _ => null,
    };

    public static string? Proyeksi(ProyeksiTahunan? p) => p switch
    {
        ProyeksiTahunan.TercapaiMelampaui => "Tercapai/melampaui",
        ProyeksiTahunan.AkanTercapai => "Akan tercapai",
        ProyeksiTahunan.PerluUpayaKeras => "Perlu upaya keras",
        _ => null,
    };

    public static string Predikat(Predikat p) => p switch
    {
        Domain.Predikat.Istimewa => "Istimewa",
        Domain.Predikat.Baik => "Baik",
        Domain.Predikat.ButuhPerbaikan => "Butuh Perbaikan",
        Domain.Predikat.Kurang => "Kurang",
        _ => "Sangat Kurang",
    };
}

/// <summary>Reads PKs and the current realisation of a period; computes scores with <see cref="Penilaian"/>.</summary>
internal sealed class PenghitungNilai(KinerjaDbContext db, AksesKinerja akses, KepatuhanSop kepatuhan, IDirektoriOrganisasi direktori)
{
    /// <summary>The unit by exact name or id (404 when unknown or outside the user's reach).</summary>
    public async Task<UnitOrganisasi> UnitAsync(string? nama, Guid? unitId, CancellationToken ct)
    {
        UnitOrganisasi? unit = null;
        if (unitId is { } id)
        {
            unit = await akses.UnitAsync(id, ct);
        }
        else if (!string.IsNullOrWhiteSpace(nama))
        {
            unit = (await direktori.UnitBerdasarkanNamaAsync([nama.Trim()], ct)).GetValueOrDefault(nama.Trim());
        }

        if (unit is null || !await akses.BolehBacaAsync(unit.Id, ct))
        {
            throw new NotFoundException("Unit tidak ditemukan.");
        }

        return unit;
    }

    public async Task<PerjanjianKinerja> PkAsync(Guid unitId, int tahun, CancellationToken ct, bool lacak = false)
    {
        var q = lacak ? db.PerjanjianKinerja : db.PerjanjianKinerja.AsNoTracking();
        return await q.SingleOrDefaultAsync(p => p.UnitId == unitId && p.Tahun == tahun, ct)
            ?? throw new NotFoundException($"Perjanjian kinerja {tahun} unit ini belum ada.");
    }

    /// <summary>The latest version of the period's report (or of the equivalent month/quarter: B06 for TW2).</summary>
    public async Task<LaporanRealisasi?> LaporanTerkiniAsync(Guid pkId, string periode, CancellationToken ct, bool setara = true)
    {
        var kode = setara && KodePeriode.Setara(periode) is { } s ? new[] { periode, s } : [periode];
        var rows = await db.LaporanRealisasi.AsNoTracking().Where(l => l.PkId == pkId && kode.Contains(l.Periode))
            .OrderByDescending(l => l.Versi).ToListAsync(ct);
        return rows.FirstOrDefault(l => l.Periode == periode) ?? rows.FirstOrDefault();
    }

    /// <summary>The latest report of the period (or its equivalent) of each PK, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, LaporanRealisasi>> LaporanTerkiniAsync(IReadOnlyCollection<Guid> pkIds, string periode, CancellationToken ct)
    {
        var kode = KodePeriode.Setara(periode) is { } s ? new[] { periode, s } : [periode];
        var ids = pkIds.ToList();
        var rows = await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && kode.Contains(l.Periode)).ToListAsync(ct);
        return rows.GroupBy(l => l.PkId).ToDictionary(
            g => g.Key,
            g => g.Where(l => l.Periode == periode).MaxBy(l => l.Versi) ?? g.MaxBy(l => l.Versi)!);
    }

    public async Task<NilaiKinerjaDto> HitungAsync(PerjanjianKinerja pk, string namaUnit, string periode, CancellationToken ct) =>
        await HitungAsync(pk, namaUnit, periode, await LaporanTerkiniAsync(pk.Id, periode, ct), ct);

    /// <summary>Scores with an already read report (the national comparison reads them all at once).</summary>
    public async Task<NilaiKinerjaDto> HitungAsync(PerjanjianKinerja pk, string namaUnit, string periode, LaporanRealisasi? laporan, CancellationToken ct)
    {
        var manual = laporan?.Isi.ToDictionary(r => r.Kode, r => r.Nilai, StringComparer.Ordinal) ?? [];
        var otomatis = await kepatuhan.RealisasiOtomatisAsync(pk, periode, ct);
        var indikator = new List<NilaiIndikatorDto>();
        var sasaran = new List<NilaiSasaranDto>();
        var perspektif = new List<NilaiPerspektifDto>();
        foreach (var p in pk.Struktur)
        {
            var hasilSs = new List<HasilSasaran>();
            foreach (var s in p.Sasaran)
            {
                var hasil = new List<HasilIndikator>();
                foreach (var i in s.Indikator)
                {
                    var realisasi = i.Sumber == SumberRealisasi.Manual ? manual.GetValueOrDefault(i.Kode) : otomatis.GetValueOrDefault(i.Kode);
                    var target = i.TargetUntuk(periode);
                    var h = Penilaian.Indikator(new NilaiIndikatorMasukan(i.Kode, i.Arah, target, i.TargetTahunan, realisasi));
                    hasil.Add(h);
                    indikator.Add(new NilaiIndikatorDto(
                        i.Kode, i.Nama, i.Satuan, s.Kode, i.Arah, target, i.TargetTahunan, realisasi, h.Capaian, h.CapaianTahunan,
                        TeksKinerja.Kriteria(h.Kriteria), TeksKinerja.Proyeksi(h.Proyeksi), i.Sumber));
                }

                var ss = Penilaian.Sasaran(s.Kode, hasil, s.HitungNko);
                hasilSs.Add(ss);
                sasaran.Add(new NilaiSasaranDto(s.Kode, s.Nama, p.Nama, ss.Nilai, TeksKinerja.Kriteria(ss.Kriteria), s.HitungNko));
            }

            perspektif.Add(new NilaiPerspektifDto(p.Nama, Penilaian.Perspektif(hasilSs)));
        }

        var nko = Penilaian.RataRata(perspektif.Select(p => p.Nilai));
        var predikat = nko is { } n ? TeksKinerja.Predikat(akses.Opsi.Predikat.Pita.Untuk(n)) : null;
        return new NilaiKinerjaDto(namaUnit, pk.UnitId, pk.Tahun, periode, indikator, sasaran, perspektif, nko, predikat, laporan?.Status, laporan?.Versi, pk.Versi);
    }
}

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

/// <summary>One unit in the national comparison.</summary>
internal sealed record PerbandinganUnitDto(
    Guid UnitId, string Unit, string JenisUnit, decimal? NilaiKinerjaOrganisasi, string? Predikat, IReadOnlyDictionary<string, decimal?> Sasaran,
    StatusRealisasi? StatusLaporan);

/// <summary>NKO ranking and SS × unit values of every unit (with a PK) the user may read.</summary>
internal sealed record PerbandinganKinerjaDto(int Tahun, string Periode, IReadOnlyList<string> KodeSasaran, IReadOnlyList<PerbandinganUnitDto> Unit);

/// <summary>National comparison of units for a period.</summary>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or B01–B12.</param>
internal sealed record PerbandinganKinerjaQuery(int Tahun, string? Periode) : IQuery<PerbandinganKinerjaDto>;

internal sealed class PerbandinganKinerjaQueryValidator : AbstractValidator<PerbandinganKinerjaQuery>
{
    public PerbandinganKinerjaQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

internal sealed class PerbandinganKinerjaQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung, AksesKinerja akses)
    : IRequestHandler<PerbandinganKinerjaQuery, PerbandinganKinerjaDto>
{
    public async Task<PerbandinganKinerjaDto> Handle(PerbandinganKinerjaQuery request, CancellationToken cancellationToken)
    {
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var q = db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == request.Tahun);
        if (await akses.CakupanBacaAsync(cancellationToken) is { } cakupan)
        {
            q = q.Where(p => cakupan.Contains(p.UnitId));
        }

        var pks = await q.ToListAsync(cancellationToken);
        var units = await akses.MuatUnitAsync(pks.Select(p => p.UnitId).ToList(), cancellationToken);
        var laporan = await penghitung.LaporanTerkiniAsync(pks.Select(p => p.Id).ToList(), periode, cancellationToken);
        var hasil = new List<PerbandinganUnitDto>();
        foreach (var pk in pks.Where(p => units.ContainsKey(p.UnitId)))
        {
            var n = await penghitung.HitungAsync(pk, units[pk.UnitId].Nama, periode, laporan.GetValueOrDefault(pk.Id), cancellationToken);
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

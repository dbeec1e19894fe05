using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;

/// <summary>Reads the step facts and fills SOP-backed indicators.</summary>
internal sealed class KepatuhanSop(KinerjaDbContext db)
{
    /// <summary>Per unit, SOP and step: steps finished in [dari, sampai] (on time, late), steps due in it and still
    /// open past their due date, the median HK used by the finished ones and the median HK allowed; one grouped
    /// query over the facts' date indexes.</summary>
    internal async Task<IReadOnlyList<KepatuhanLangkahBaris>> PerLangkahAsync(
        IReadOnlyList<Guid>? unit, string? kodeSop, LocalDate dari, LocalDate sampai, LocalDate hariIni, CancellationToken ct)
    {
        var semuaUnit = unit is null;
        var unitIds = (unit ?? []).ToArray();
        var semuaSop = kodeSop is null;
        var kode = kodeSop ?? string.Empty;
        return await db.Database.SqlQuery<KepatuhanLangkahBaris>($"""
            SELECT "UnitId", "KodeSop", "Modul", "LangkahKode",
                count(*) FILTER (WHERE "TanggalSelesai" BETWEEN {dari} AND {sampai})::int AS "Selesai",
                count(*) FILTER (WHERE "TanggalSelesai" BETWEEN {dari} AND {sampai} AND "TepatWaktu")::int AS "TepatWaktu",
                count(*) FILTER (WHERE "TanggalSelesai" BETWEEN {dari} AND {sampai} AND NOT "TepatWaktu")::int AS "Terlambat",
                count(*) FILTER (WHERE "TanggalSelesai" IS NULL AND "JatuhTempo" < {hariIni})::int AS "SedangTerlambat",
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY "HkTerpakai") FILTER (WHERE "TanggalSelesai" BETWEEN {dari} AND {sampai}))::numeric AS "MedianHkTerpakai",
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY "HkDiizinkan"))::numeric AS "MedianHkDiizinkan"
            FROM kinerja.langkah_sop
            WHERE ("TanggalSelesai" BETWEEN {dari} AND {sampai} OR ("TanggalSelesai" IS NULL AND "JatuhTempo" BETWEEN {dari} AND {sampai}))
              AND ({semuaUnit} OR "UnitId" = ANY({unitIds}))
              AND ({semuaSop} OR "KodeSop" = {kode})
            GROUP BY "UnitId", "KodeSop", "Modul", "LangkahKode"
            """).ToListAsync(ct);
    }

    /// <summary>Finished steps (all, judged on time or late, on time) and finished activities per unit and SOP in
    /// [dari, sampai], counted in the database (grouped over the facts' date index), for the given units or all.</summary>
    internal async Task<IReadOnlyList<AgregatSop>> AgregatAsync(
        IReadOnlyList<Guid>? unit, LocalDate dari, LocalDate sampai, CancellationToken ct, string? kodeSop = null)
    {
        var langkah = db.LangkahSop.AsNoTracking().Where(l => l.TanggalSelesai >= dari && l.TanggalSelesai <= sampai);
        var kegiatan = db.KegiatanSop.AsNoTracking().Where(k => k.TanggalSelesai >= dari && k.TanggalSelesai <= sampai);
        if (unit is not null)
        {
            langkah = langkah.Where(l => unit.Contains(l.UnitId));
            kegiatan = kegiatan.Where(k => unit.Contains(k.UnitId));
        }

        if (kodeSop is not null)
        {
            langkah = langkah.Where(l => l.KodeSop == kodeSop);
            kegiatan = kegiatan.Where(k => k.KodeSop == kodeSop);
        }

        var perLangkah = await langkah.GroupBy(l => new { l.UnitId, l.KodeSop })
            .Select(g => new { g.Key.UnitId, g.Key.KodeSop, Selesai = g.Count(), Dinilai = g.Count(x => x.TepatWaktu != null), Tepat = g.Count(x => x.TepatWaktu == true) })
            .ToListAsync(ct);
        var perKegiatan = (await kegiatan.GroupBy(k => new { k.UnitId, k.KodeSop }).Select(g => new { g.Key.UnitId, g.Key.KodeSop, Jumlah = g.Count() }).ToListAsync(ct))
            .ToDictionary(k => (k.UnitId, k.KodeSop), k => k.Jumlah);
        var hasil = perLangkah.Select(l => new AgregatSop(l.UnitId, l.KodeSop, l.Selesai, l.Dinilai, l.Tepat, perKegiatan.GetValueOrDefault((l.UnitId, l.KodeSop)))).ToList();
        var ada = hasil.Select(h => (h.UnitId, h.KodeSop)).ToHashSet();
        hasil.AddRange(perKegiatan.Where(k => !ada.Contains(k.Key)).Select(k => new AgregatSop(k.Key.UnitId, k.Key.KodeSop, 0, 0, 0, k.Value)));
        return hasil;
    }

    /// <summary>The period a PK's SOP-backed indicators are counted over: 1 January to the period's last day.</summary>
    internal static (LocalDate Dari, LocalDate Sampai) RentangRealisasi(int tahun, string periode) =>
        (new LocalDate(tahun, 1, 1), new LocalDate(tahun, KodePeriode.BulanAkhir(periode), 1).PlusMonths(1).PlusDays(-1));

    /// <summary>Realisation of the PK's SOP-backed indicators for the period, cumulative from 1 January.</summary>
    public async Task<IReadOnlyDictionary<string, decimal?>> RealisasiOtomatisAsync(PerjanjianKinerja pk, string periode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pk);
        if (pk.SemuaIndikator.All(i => i.Sumber == SumberRealisasi.Manual))
        {
            return new Dictionary<string, decimal?>();
        }

        var (dari, sampai) = RentangRealisasi(pk.Tahun, periode);
        return RealisasiOtomatis(pk, await AgregatAsync([pk.UnitId], dari, sampai, ct));
    }

    /// <summary>The PK's SOP-backed indicators from its unit's counts (<see cref="AgregatAsync"/> over the PK's
    /// period); counts of other units are ignored, so one national read serves every PK.</summary>
    internal static Dictionary<string, decimal?> RealisasiOtomatis(PerjanjianKinerja pk, IEnumerable<AgregatSop> agregat)
    {
        ArgumentNullException.ThrowIfNull(pk);
        var milik = agregat.Where(a => a.UnitId == pk.UnitId).ToList();
        var hasil = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var i in pk.SemuaIndikator.Where(i => i.Sumber != SumberRealisasi.Manual))
        {
            var a = milik.Where(x => i.KodeSop is null || x.KodeSop == i.KodeSop).ToList();
            hasil[i.Kode] = i.Sumber switch
            {
                SumberRealisasi.LangkahSopTepatWaktu => a.Sum(x => x.LangkahDinilai) is var n and > 0
                    ? Penilaian.Bulatkan(a.Sum(x => x.LangkahTepat) * 100m / n)
                    : null,
                SumberRealisasi.JumlahLangkahSopSelesai => a.Sum(x => x.LangkahSelesai),
                SumberRealisasi.JumlahKegiatanSopSelesai => a.Sum(x => x.KegiatanSelesai),
                _ => null,
            };
        }

        return hasil;
    }
}

/// <summary>Counts of one unit and SOP over a date range: finished steps, those judged (on time or late), those on
/// time, and finished activities.</summary>
internal sealed record AgregatSop(Guid UnitId, string KodeSop, int LangkahSelesai, int LangkahDinilai, int LangkahTepat, int KegiatanSelesai);

/// <summary>One row of <see cref="KepatuhanSop.PerLangkahAsync"/>.</summary>
internal sealed class KepatuhanLangkahBaris
{
    public Guid UnitId { get; init; }

    public string KodeSop { get; init; } = string.Empty;

    public string Modul { get; init; } = string.Empty;

    public string LangkahKode { get; init; } = string.Empty;

    public int Selesai { get; init; }

    public int TepatWaktu { get; init; }

    public int Terlambat { get; init; }

    public int SedangTerlambat { get; init; }

    public decimal? MedianHkTerpakai { get; init; }

    public decimal? MedianHkDiizinkan { get; init; }
}

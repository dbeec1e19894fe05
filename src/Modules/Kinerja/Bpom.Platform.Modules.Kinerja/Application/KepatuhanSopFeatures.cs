using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application;

/// <summary>
/// Records the SOP engine's events as step facts in schema <c>kinerja</c>: upserts per (run, step), so an event
/// delivered twice changes nothing, and a start delivered after the step's finish (a retried delivery) does not undo
/// the finish. Kinerja knows the SOP modules only through these events.
/// </summary>
internal sealed class PencatatLangkahSop(KinerjaDbContext db, IDirektoriOrganisasi direktori)
    : INotificationHandler<LangkahDimulai>, INotificationHandler<LangkahSelesai>, INotificationHandler<LangkahTerlambat>, INotificationHandler<KegiatanSopSelesai>,
        INotificationHandler<LangkahDilewati>, INotificationHandler<KegiatanSopDibatalkan>
{
    /// <summary>A skipped step will never finish: it is not counted (neither finished nor overdue).</summary>
    public Task Handle(LangkahDilewati notification, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM kinerja.langkah_sop WHERE "InstansId" = {notification.Asal.InstansId} AND "LangkahKode" = {notification.LangkahKode} AND "TanggalSelesai" IS NULL""",
            cancellationToken);

    /// <summary>A cancelled activity's unfinished steps are not counted; its finished steps stay.</summary>
    public Task Handle(KegiatanSopDibatalkan notification, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM kinerja.langkah_sop WHERE "InstansId" = {notification.Asal.InstansId} AND "TanggalSelesai" IS NULL""",
            cancellationToken);

    public Task Handle(LangkahDimulai notification, CancellationToken cancellationToken)
    {
        var a = notification.Asal;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO kinerja.langkah_sop ("InstansId", "LangkahKode", "KodeSop", "Modul", "UnitId", "Tahun", "TanggalMulai", "JatuhTempo", "HkDiizinkan", "DiperbaruiPada")
            VALUES ({a.InstansId}, {notification.LangkahKode}, {a.KodeSop}, {a.Modul}, {a.UnitId}, {a.Tahun}, {notification.TanggalMulai}, {notification.JatuhTempo}, {notification.WaktuHk}, {notification.Pada})
            ON CONFLICT ("InstansId", "LangkahKode") DO UPDATE SET
                "TanggalMulai" = EXCLUDED."TanggalMulai", "HkDiizinkan" = COALESCE(EXCLUDED."HkDiizinkan", kinerja.langkah_sop."HkDiizinkan"),
                "JatuhTempo" = CASE WHEN kinerja.langkah_sop."DiperbaruiPada" <= EXCLUDED."DiperbaruiPada" THEN EXCLUDED."JatuhTempo" ELSE kinerja.langkah_sop."JatuhTempo" END,
                "TanggalSelesai" = CASE WHEN kinerja.langkah_sop."DiperbaruiPada" <= EXCLUDED."DiperbaruiPada" THEN NULL ELSE kinerja.langkah_sop."TanggalSelesai" END,
                "TepatWaktu" = CASE WHEN kinerja.langkah_sop."DiperbaruiPada" <= EXCLUDED."DiperbaruiPada" THEN NULL ELSE kinerja.langkah_sop."TepatWaktu" END,
                "HkTerpakai" = CASE WHEN kinerja.langkah_sop."DiperbaruiPada" <= EXCLUDED."DiperbaruiPada" THEN NULL ELSE kinerja.langkah_sop."HkTerpakai" END,
                "TerlambatSejak" = CASE WHEN kinerja.langkah_sop."DiperbaruiPada" <= EXCLUDED."DiperbaruiPada" THEN NULL ELSE kinerja.langkah_sop."TerlambatSejak" END,
                "DiperbaruiPada" = GREATEST(kinerja.langkah_sop."DiperbaruiPada", EXCLUDED."DiperbaruiPada")
            """,
            cancellationToken);
    }

    public Task Handle(LangkahSelesai notification, CancellationToken cancellationToken)
    {
        var a = notification.Asal;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO kinerja.langkah_sop ("InstansId", "LangkahKode", "KodeSop", "Modul", "UnitId", "Tahun", "JatuhTempo", "TanggalSelesai", "TepatWaktu", "HkTerpakai", "HkDiizinkan", "DiperbaruiPada")
            VALUES ({a.InstansId}, {notification.LangkahKode}, {a.KodeSop}, {a.Modul}, {a.UnitId}, {a.Tahun}, {notification.JatuhTempo}, {notification.TanggalSelesai},
                    {notification.TepatWaktu}, {notification.HkTerpakai}, {notification.WaktuHk}, {notification.Pada})
            ON CONFLICT ("InstansId", "LangkahKode") DO UPDATE SET
                "JatuhTempo" = COALESCE(EXCLUDED."JatuhTempo", kinerja.langkah_sop."JatuhTempo"), "TanggalSelesai" = EXCLUDED."TanggalSelesai",
                "TepatWaktu" = EXCLUDED."TepatWaktu", "HkTerpakai" = EXCLUDED."HkTerpakai",
                "HkDiizinkan" = COALESCE(EXCLUDED."HkDiizinkan", kinerja.langkah_sop."HkDiizinkan"), "DiperbaruiPada" = EXCLUDED."DiperbaruiPada"
            """,
            cancellationToken);
    }

    public Task Handle(LangkahTerlambat notification, CancellationToken cancellationToken)
    {
        var a = notification.Asal;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO kinerja.langkah_sop ("InstansId", "LangkahKode", "KodeSop", "Modul", "UnitId", "Tahun", "JatuhTempo", "TerlambatSejak", "DiperbaruiPada")
            VALUES ({a.InstansId}, {notification.LangkahKode}, {a.KodeSop}, {a.Modul}, {a.UnitId}, {a.Tahun}, {notification.JatuhTempo}, {notification.JatuhTempo}, {notification.Pada})
            ON CONFLICT ("InstansId", "LangkahKode") DO UPDATE SET
                "JatuhTempo" = EXCLUDED."JatuhTempo", "TerlambatSejak" = EXCLUDED."TerlambatSejak", "DiperbaruiPada" = EXCLUDED."DiperbaruiPada"
            WHERE kinerja.langkah_sop."TanggalSelesai" IS NULL
            """,
            cancellationToken);
    }

    public async Task Handle(KegiatanSopSelesai notification, CancellationToken cancellationToken)
    {
        var a = notification.Asal;
        var unit = await direktori.UnitAsync(a.UnitId, cancellationToken);
        var zona = unit is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(unit.ZonaWaktu) is { } z ? z : DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        var tanggal = notification.Pada.InZone(zona).Date;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO kinerja.kegiatan_sop ("InstansId", "KodeSop", "Modul", "UnitId", "Tahun", "TanggalSelesai")
            VALUES ({a.InstansId}, {a.KodeSop}, {a.Modul}, {a.UnitId}, {a.Tahun}, {tanggal})
            ON CONFLICT ("InstansId") DO UPDATE SET "TanggalSelesai" = EXCLUDED."TanggalSelesai"
            """,
            cancellationToken);
    }
}

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
internal sealed record KepatuhanSopQuery(int Tahun, string? Periode, Guid? UnitId, string? KodeSop) : IQuery<KepatuhanSopDto>;

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

internal sealed class KepatuhanSopQueryHandler(KepatuhanSop kepatuhan, AksesKinerja akses, IDirektoriOrganisasi direktori)
    : IRequestHandler<KepatuhanSopQuery, KepatuhanSopDto>
{
    public async Task<KepatuhanSopDto> Handle(KepatuhanSopQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = PeriodeLaporan.Rentang(request.Tahun, request.Periode)!.Value;
        IReadOnlyList<Guid>? unit = await akses.CakupanBacaAsync(cancellationToken);
        if (request.UnitId is { } id)
        {
            unit = unit is null || unit.Contains(id) ? [id] : [];
        }

        var hariIni = akses.Sekarang.InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
        var (langkah, kegiatan) = await kepatuhan.BacaAsync(unit, request.KodeSop?.Trim(), dari, sampai, cancellationToken);
        var nama = await direktori.NamaUnitAsync(langkah.Select(l => l.UnitId).Concat(kegiatan.Select(k => k.UnitId)).Distinct().ToList(), cancellationToken);
        var perLangkah = langkah.GroupBy(l => (l.UnitId, l.KodeSop, l.Modul, l.LangkahKode))
            .Select(g => Hitung(g.Key.UnitId, nama.GetValueOrDefault(g.Key.UnitId, "-"), g.Key.KodeSop, g.Key.Modul, g.Key.LangkahKode, g.ToList(), dari, sampai, hariIni))
            .OrderBy(x => x.Unit, StringComparer.Ordinal).ThenBy(x => x.KodeSop, StringComparer.Ordinal).ThenBy(x => x.LangkahKode, StringComparer.Ordinal)
            .ToList();
        var ringkas = perLangkah.GroupBy(l => (l.UnitId, l.Unit, l.KodeSop))
            .Select(g => (g.Key, Selesai: g.Sum(x => x.Selesai), Tepat: g.Sum(x => x.TepatWaktu), Telat: g.Sum(x => x.Terlambat), Sedang: g.Sum(x => x.SedangTerlambat)))
            .Select(g => new KepatuhanSopRingkasDto(
                g.Key.UnitId, g.Key.Unit, g.Key.KodeSop, g.Selesai, g.Tepat, g.Telat, g.Sedang,
                kegiatan.Count(k => k.UnitId == g.Key.UnitId && k.KodeSop == g.Key.KodeSop && k.TanggalSelesai >= dari && k.TanggalSelesai <= sampai),
                g.Tepat + g.Telat == 0 ? null : Penilaian.Bulatkan(g.Tepat * 100m / (g.Tepat + g.Telat))))
            .ToList();
        return new KepatuhanSopDto(request.Tahun, KodePeriode.Normalisasi(request.Periode), perLangkah, ringkas);
    }

    private static KepatuhanLangkahDto Hitung(
        Guid unitId, string unit, string kodeSop, string modul, string kode, List<CatatanLangkahSop> rows, LocalDate dari, LocalDate sampai, LocalDate hariIni)
    {
        var selesai = rows.Where(r => r.TanggalSelesai is { } s && s >= dari && s <= sampai).ToList();
        var tepat = selesai.Count(r => r.TepatWaktu == true);
        var telat = selesai.Count(r => r.TepatWaktu == false);
        var sedang = rows.Count(r => r.TanggalSelesai is null && r.JatuhTempo is { } jt && jt >= dari && jt <= sampai && jt < hariIni);
        var hk = selesai.Where(r => r.HkTerpakai is not null).ToList();
        return new KepatuhanLangkahDto(
            unitId, unit, kodeSop, modul, kode, selesai.Count, tepat, telat, sedang,
            Statistik.Median(hk.Select(r => r.HkTerpakai!.Value)),
            Statistik.Median(rows.Where(r => r.HkDiizinkan is not null).Select(r => r.HkDiizinkan!.Value)),
            tepat + telat == 0 ? null : Penilaian.Bulatkan(tepat * 100m / (tepat + telat)));
    }
}

/// <summary>Reads the step facts and fills SOP-backed indicators.</summary>
internal sealed class KepatuhanSop(KinerjaDbContext db)
{
    internal async Task<(List<CatatanLangkahSop> Langkah, List<CatatanKegiatanSop> Kegiatan)> BacaAsync(
        IReadOnlyList<Guid>? unit, string? kodeSop, LocalDate dari, LocalDate sampai, CancellationToken ct)
    {
        var langkah = db.LangkahSop.AsNoTracking()
            .Where(l => (l.TanggalSelesai >= dari && l.TanggalSelesai <= sampai) || (l.TanggalSelesai == null && l.JatuhTempo >= dari && l.JatuhTempo <= sampai));
        var kegiatan = db.KegiatanSop.AsNoTracking().Where(k => k.TanggalSelesai >= dari && k.TanggalSelesai <= sampai);
        if (unit is not null)
        {
            langkah = langkah.Where(l => unit.Contains(l.UnitId));
            kegiatan = kegiatan.Where(k => unit.Contains(k.UnitId));
        }

        if (!string.IsNullOrEmpty(kodeSop))
        {
            langkah = langkah.Where(l => l.KodeSop == kodeSop);
            kegiatan = kegiatan.Where(k => k.KodeSop == kodeSop);
        }

        return (await langkah.ToListAsync(ct), await kegiatan.ToListAsync(ct));
    }

    /// <summary>Realisation of the PK's SOP-backed indicators for the period, cumulative from 1 January.</summary>
    public async Task<IReadOnlyDictionary<string, decimal?>> RealisasiOtomatisAsync(PerjanjianKinerja pk, string periode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pk);
        var otomatis = pk.SemuaIndikator.Where(i => i.Sumber != SumberRealisasi.Manual).ToList();
        if (otomatis.Count == 0)
        {
            return new Dictionary<string, decimal?>();
        }

        var dari = new LocalDate(pk.Tahun, 1, 1);
        var sampai = new LocalDate(pk.Tahun, KodePeriode.BulanAkhir(periode), 1).PlusMonths(1).PlusDays(-1);
        var (langkah, kegiatan) = await BacaAsync([pk.UnitId], null, dari, sampai, ct);
        var selesai = langkah.Where(l => l.TanggalSelesai is not null).ToList();
        var hasil = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var i in otomatis)
        {
            var l = selesai.Where(x => i.KodeSop is null || x.KodeSop == i.KodeSop).ToList();
            hasil[i.Kode] = i.Sumber switch
            {
                SumberRealisasi.LangkahSopTepatWaktu => l.Count(x => x.TepatWaktu is not null) is var n and > 0
                    ? Penilaian.Bulatkan(l.Count(x => x.TepatWaktu == true) * 100m / n)
                    : null,
                SumberRealisasi.JumlahLangkahSopSelesai => l.Count,
                SumberRealisasi.JumlahKegiatanSopSelesai => kegiatan.Count(k => i.KodeSop is null || k.KodeSop == i.KodeSop),
                _ => null,
            };
        }

        return hasil;
    }
}

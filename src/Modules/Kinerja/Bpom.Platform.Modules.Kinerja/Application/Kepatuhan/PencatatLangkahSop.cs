using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;

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

    /// <summary>A finished activity is counted; the yearly cycle's runs (a unit's annual report, the recap) are not
    /// activities — their steps are counted like any other.</summary>
    public async Task Handle(KegiatanSopSelesai notification, CancellationToken cancellationToken)
    {
        var a = notification.Asal;
        if (a.Modul == ModulSop.SiklusTahunan)
        {
            return;
        }

        var unit = await direktori.UnitAsync(a.UnitId, cancellationToken);
        var zona = ZonaWaktuUnit.Dari(unit?.ZonaWaktu);
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

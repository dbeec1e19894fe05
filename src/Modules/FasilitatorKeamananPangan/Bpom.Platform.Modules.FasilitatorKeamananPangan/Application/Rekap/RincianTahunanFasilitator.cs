using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Rekap;

/// <summary>SOP D's figures of a year: cohorts opened, participants, those certified competent and the facilitators
/// recognised — a participant counted for the UPT that put them forward (the cohort's unit otherwise), by the
/// certificate's date. Grouped in SQL.</summary>
internal sealed class RincianTahunanFasilitator(FasilitatorDbContext db) : IRincianTahunan
{
    public string KodeSop => SopFasilitator.Kode;

    public string NamaSop => "Pembentukan Fasilitator Keamanan Pangan";

    public IReadOnlyList<string> NamaAngka => ["Angkatan", "Peserta", "Tersertifikasi kompetensi", "Fasilitator diakui"];

    public async Task<DataTahunanModul> BacaAsync(int tahun, IReadOnlyList<Guid> unitIds, NodaTime.LocalDate? sampai, CancellationToken cancellationToken)
    {
        var unit = unitIds.Distinct().ToArray();
        if (unit.Length == 0)
        {
            return new DataTahunanModul([], []);
        }

        var batas = RincianTahunanRegistration.Batas(sampai);
        var baris = await db.Database.SqlQuery<Baris>($"""
            SELECT "UnitId", 0 AS "Urutan", count(*)::int AS "Nilai"
              FROM fasilitator.angkatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "PendaftaranMulai" <= {batas} GROUP BY "UnitId"
            UNION ALL
            SELECT u."UnitId", x.urutan, count(*)::int
              FROM fasilitator.peserta p JOIN fasilitator.angkatan a ON a."Id" = p."AngkatanId"
             CROSS JOIN LATERAL (SELECT coalesce(p."UptId", a."UnitId") AS "UnitId") u
             CROSS JOIN LATERAL (VALUES (1, a."PendaftaranMulai"), (2, p."KompetensiTanggal"), (3, p."PengakuanTanggal")) AS x(urutan, tanggal)
             WHERE a."Tahun" = {tahun} AND x.tanggal IS NOT NULL AND x.tanggal <= {batas} AND u."UnitId" = ANY({unit})
             GROUP BY u."UnitId", x.urutan
            """).ToListAsync(cancellationToken);
        var angka = new List<AngkaTahunan>();
        foreach (var g in baris.GroupBy(b => b.UnitId))
        {
            angka.AddRange(NamaAngka.Select((n, i) => new AngkaTahunan(g.Key, n, g.Where(b => b.Urutan == i).Sum(b => b.Nilai))));
        }

        return new DataTahunanModul([], angka);
    }

    private sealed record Baris(Guid UnitId, int Urutan, int Nilai);
}

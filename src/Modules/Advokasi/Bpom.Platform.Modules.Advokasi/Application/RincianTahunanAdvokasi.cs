using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Advokasi.Application;

/// <summary>SOP A's part of the annual report: the year's activities by form, commodity and stakeholder kind, grouped
/// in SQL (the stakeholder kinds unnested from their jsonb list).</summary>
internal sealed class RincianTahunanAdvokasi(AdvokasiDbContext db) : IRincianTahunan
{
    public string KodeSop => SopAdvokasi.Kode;

    public string NamaSop => "Advokasi";

    public IReadOnlyList<string> NamaAngka => ["Pemangku kepentingan dilibatkan"];

    public async Task<DataTahunanModul> BacaAsync(int tahun, IReadOnlyList<Guid> unitIds, NodaTime.LocalDate? sampai, CancellationToken cancellationToken)
    {
        var unit = unitIds.Distinct().ToArray();
        var batas = RincianTahunanRegistration.Batas(sampai);
        if (unit.Length == 0)
        {
            return new DataTahunanModul([], []);
        }

        var baris = await db.Database.SqlQuery<Baris>($"""
            SELECT "UnitId", 'Bentuk kegiatan' AS "Dimensi", "Bentuk" AS "Nilai", count(*)::int AS "Jumlah"
              FROM advokasi.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Bentuk"
            UNION ALL
            SELECT "UnitId", 'Komoditas', "Komoditas", count(*)::int
              FROM advokasi.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Komoditas"
            UNION ALL
            SELECT k."UnitId", 'Jenis pemangku kepentingan', p.jenis, count(DISTINCT k."Id")::int
              FROM advokasi.kegiatan k CROSS JOIN LATERAL jsonb_to_recordset(k."PemangkuKepentingan") AS p(jenis text)
             WHERE k."Tahun" = {tahun} AND k."UnitId" = ANY({unit}) AND k."TanggalRencanaMulai" <= {batas} GROUP BY k."UnitId", p.jenis
            """).ToListAsync(cancellationToken);
        var pemangku = await db.Database.SqlQuery<Angka>($"""
            SELECT k."UnitId", sum(jsonb_array_length(k."PemangkuKepentingan"))::int AS "Nilai"
              FROM advokasi.kegiatan k WHERE k."Tahun" = {tahun} AND k."UnitId" = ANY({unit}) AND k."TanggalRencanaMulai" <= {batas} GROUP BY k."UnitId"
            """).ToListAsync(cancellationToken);
        return new DataTahunanModul(
            baris.OrderBy(b => b.Dimensi, StringComparer.Ordinal).ThenByDescending(b => b.Jumlah)
                .Select(b => new RincianTahunan(b.UnitId, b.Dimensi, RincianTahunanRegistration.Label(b.Nilai), b.Jumlah)).ToList(),
            pemangku.Select(p => new AngkaTahunan(p.UnitId, NamaAngka[0], p.Nilai)).ToList());
    }

    private sealed record Baris(Guid UnitId, string Dimensi, string Nilai, int Jumlah);

    private sealed record Angka(Guid UnitId, int Nilai);
}

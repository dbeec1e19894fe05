using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Rekap;

/// <summary>SOP C's part of the annual report: the year's activities by programme and form, and the recap of what
/// was carried out (step C3 finished): villages, markets, schools, other communities, kader/duta, participants —
/// counted as the Pemberdayaan recap counts them.</summary>
internal sealed class RincianTahunanPemberdayaan(PemberdayaanDbContext db) : IRincianTahunan
{
    public string KodeSop => SopPemberdayaan.Kode;

    public string NamaSop => "Pemberdayaan Masyarakat";

    public IReadOnlyList<string> NamaAngka => ["Kegiatan terlaksana", "Desa", "Pasar", "Sekolah", "Komunitas lain", "Kader/duta", "Peserta"];

    public async Task<DataTahunanModul> BacaAsync(int tahun, IReadOnlyList<Guid> unitIds, NodaTime.LocalDate? sampai, CancellationToken cancellationToken)
    {
        var unit = unitIds.Distinct().ToArray();
        var batas = RincianTahunanRegistration.Batas(sampai);
        if (unit.Length == 0)
        {
            return new DataTahunanModul([], []);
        }

        var baris = await db.Database.SqlQuery<Baris>($"""
            SELECT "UnitId", 'Program' AS "Dimensi", "Program" AS "Nilai", count(*)::int AS "Jumlah"
              FROM pemberdayaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Program"
            UNION ALL
            SELECT "UnitId", 'Bentuk kegiatan', "Bentuk", count(*)::int
              FROM pemberdayaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Bentuk"
            """).ToListAsync(cancellationToken);
        var terlaksana = await db.Kegiatan.AsNoTracking().IgnoreAutoIncludes()
            .Where(k => k.Tahun == tahun && unit.Contains(k.UnitId) && k.TanggalTerlaksana != null && k.TanggalTerlaksana <= batas)
            .Select(k => new RekapPemberdayaanQueryHandler.Terlaksana(k.UnitId, k.Komunitas, k.JumlahPeserta, db.Kader.Count(x => x.KegiatanId == k.Id)))
            .ToListAsync(cancellationToken);
        var angka = new List<AngkaTahunan>();
        foreach (var g in terlaksana.GroupBy(t => t.UnitId))
        {
            var r = RekapPemberdayaanQueryHandler.Hitung(g.Key, string.Empty, g.ToList());
            int[] nilai = [r.JumlahKegiatan, r.Desa, r.Pasar, r.Sekolah, r.KomunitasLain, r.Kader, r.Peserta];
            angka.AddRange(NamaAngka.Select((n, i) => new AngkaTahunan(g.Key, n, nilai[i])));
        }

        return new DataTahunanModul(
            baris.OrderBy(b => b.Dimensi, StringComparer.Ordinal).ThenByDescending(b => b.Jumlah)
                .Select(b => new RincianTahunan(b.UnitId, b.Dimensi, RincianTahunanRegistration.Label(b.Nilai), b.Jumlah)).ToList(),
            angka);
    }

    private sealed record Baris(Guid UnitId, string Dimensi, string Nilai, int Jumlah);
}

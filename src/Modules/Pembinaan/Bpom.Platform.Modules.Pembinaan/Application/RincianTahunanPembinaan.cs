using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.SiklusTahunan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pembinaan.Application;

/// <summary>SOP B's part of the annual report: the year's activities by commodity, function and form; the businesses
/// guided (distinct), participants, and the surat rekomendasi issued (OT/SK/Kosmetik activities whose step B3 is
/// finished, read from the engine).</summary>
internal sealed class RincianTahunanPembinaan(PembinaanDbContext db, IMediator mediator) : IRincianTahunan
{
    public string KodeSop => SopPembinaan.Kode;

    public string NamaSop => "Pembinaan dan Pendampingan";

    public IReadOnlyList<string> NamaAngka => ["Pelaku usaha dibina", "Surat rekomendasi diterbitkan", "Peserta"];

    public async Task<DataTahunanModul> BacaAsync(int tahun, IReadOnlyList<Guid> unitIds, NodaTime.LocalDate? sampai, CancellationToken cancellationToken)
    {
        var unit = unitIds.Distinct().ToArray();
        var batas = RincianTahunanRegistration.Batas(sampai);
        if (unit.Length == 0)
        {
            return new DataTahunanModul([], []);
        }

        var baris = await db.Database.SqlQuery<Baris>($"""
            SELECT "UnitId", 'Komoditas' AS "Dimensi", "Komoditas" AS "Nilai", count(*)::int AS "Jumlah"
              FROM pembinaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Komoditas"
            UNION ALL
            SELECT "UnitId", 'Fungsi', "Fungsi", count(*)::int
              FROM pembinaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Fungsi"
            UNION ALL
            SELECT "UnitId", 'Bentuk kegiatan', "Bentuk", count(*)::int
              FROM pembinaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId", "Bentuk"
            """).ToListAsync(cancellationToken);
        var angka = await db.Database.SqlQuery<Angka>($"""
            SELECT k."UnitId", count(DISTINCT s.id)::int AS "PelakuUsaha", 0 AS "Peserta"
              FROM pembinaan.kegiatan k CROSS JOIN LATERAL unnest(k."SasaranIds") AS s(id)
             WHERE k."Tahun" = {tahun} AND k."UnitId" = ANY({unit}) AND k."TanggalRencanaMulai" <= {batas} GROUP BY k."UnitId"
            UNION ALL
            SELECT "UnitId", 0, sum("JumlahPeserta")::int FROM pembinaan.kegiatan WHERE "Tahun" = {tahun} AND "UnitId" = ANY({unit}) AND "TanggalRencanaMulai" <= {batas} GROUP BY "UnitId"
            """).ToListAsync(cancellationToken);
        var otSkKos = new[] { KomoditasPembinaan.ObatTradisional, KomoditasPembinaan.SuplemenKesehatan, KomoditasPembinaan.Kosmetik };
        var surat = await db.Kegiatan.AsNoTracking().IgnoreAutoIncludes()
            .Where(k => k.Tahun == tahun && unit.Contains(k.UnitId) && otSkKos.Contains(k.Komoditas))
            .Select(k => new { k.UnitId, k.InstansId }).ToListAsync(cancellationToken);
        var selesai = surat.Count == 0
            ? new Dictionary<Guid, NodaTime.LocalDate>()
            : await mediator.Send(new TanggalSelesaiLangkahQuery(surat.Select(s => s.InstansId).ToList(), "B3"), cancellationToken);
        var hasil = new List<AngkaTahunan>();
        foreach (var u in unit)
        {
            var a = angka.Where(x => x.UnitId == u).ToList();
            if (a.Count == 0 && !surat.Any(s => s.UnitId == u))
            {
                continue;
            }

            hasil.Add(new AngkaTahunan(u, NamaAngka[0], a.Sum(x => x.PelakuUsaha)));
            hasil.Add(new AngkaTahunan(u, NamaAngka[1], surat.Count(s => s.UnitId == u && selesai.TryGetValue(s.InstansId, out var tanggal) && tanggal <= batas)));
            hasil.Add(new AngkaTahunan(u, NamaAngka[2], a.Sum(x => x.Peserta)));
        }

        return new DataTahunanModul(
            baris.OrderBy(b => b.Dimensi, StringComparer.Ordinal).ThenByDescending(b => b.Jumlah)
                .Select(b => new RincianTahunan(b.UnitId, b.Dimensi, RincianTahunanRegistration.Label(b.Nilai), b.Jumlah)).ToList(),
            hasil);
    }

    private sealed record Baris(Guid UnitId, string Dimensi, string Nilai, int Jumlah);

    private sealed record Angka(Guid UnitId, int PelakuUsaha, int Peserta);
}

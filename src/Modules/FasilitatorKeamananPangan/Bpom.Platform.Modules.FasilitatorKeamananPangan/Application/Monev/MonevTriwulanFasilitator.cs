using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev;

/// <summary>What the quarterly job did.</summary>
internal sealed record HasilMonevTriwulan(int Dibuka, int Notifikasi);

/// <summary>
/// Quarterly monev of SOP D (Hangfire, daily): after each quarter it opens one report per cohort and unit (the running
/// directorate and every participating UPT) for cohorts not cancelled that started by the quarter's end, due on the
/// 10th day after the quarter; it notifies the unit when opened, reminds 3 days before and on the due day, and
/// escalates once when overdue (to the unit and its head). Every notification is claimed once, so reruns and
/// overlapping runs do not repeat it.
/// </summary>
internal sealed class MonevTriwulanFasilitator(FasilitatorDbContext db, IMediator mediator, IClock clock) : IJobBerulang
{
    private static readonly string[] Petugas = [Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit];

    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<HasilMonevTriwulan> JalankanAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var hariIni = sekarang.InZone(ZonaWaktuUnit.Nasional).Date;
        var (tahun, triwulan) = LaporanMonevTriwulan.TriwulanTerakhir(hariIni);
        var akhir = new LocalDate(tahun, triwulan * 3, 1).PlusMonths(1).PlusDays(-1);
        var angkatan = await db.Angkatan.AsNoTracking().Where(a => a.PendaftaranMulai <= akhir).ToListAsync(cancellationToken);
        var ringkas = await mediator.Send(new RingkasanInstansQuery(angkatan.Select(a => a.InstansId).ToList()), cancellationToken);
        var dibuka = 0;
        foreach (var a in angkatan.Where(a => ringkas.TryGetValue(a.InstansId, out var r) && r.Status != StatusInstans.Dibatalkan))
        {
            foreach (var unit in a.UptIds.Prepend(a.UnitId).Distinct())
            {
                dibuka += await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO fasilitator.monev_triwulan ("Id", "AngkatanId", "UnitId", "Tahun", "Triwulan", "JatuhTempo", "DibukaPada")
                    VALUES ({Guid.CreateVersion7()}, {a.Id}, {unit}, {tahun}, {triwulan}, {LaporanMonevTriwulan.TenggatUntuk(tahun, triwulan)}, {sekarang})
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
            }
        }

        var nama = angkatan.ToDictionary(a => a.Id, a => a.Nama);
        var terbuka = await db.MonevTriwulan.AsNoTracking().Where(l => l.DikirimPada == null).ToListAsync(cancellationToken);
        var notifikasi = 0;
        foreach (var l in terbuka.Where(l => nama.ContainsKey(l.AngkatanId)))
        {
            var label = $"monev TW{l.Triwulan} {l.Tahun} {nama[l.AngkatanId]}";
            var tanggal = l.JatuhTempo.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
            var kirim = new List<(string Kunci, JenisNotifikasi Jenis, string Judul, string Pesan, bool Kepala)>
            {
                ($"monev-d:{l.Id}:dibuka", JenisNotifikasi.Informasi, $"Laporan {label} dibuka", $"Kirim laporan {label} paling lambat {tanggal}.", false),
            };
            if (hariIni > l.JatuhTempo)
            {
                kirim.Add(($"monev-d:{l.Id}:terlambat", JenisNotifikasi.Eskalasi, $"Terlambat: laporan {label}", $"Laporan {label} melewati batas {tanggal}.", true));
            }
            else if (hariIni == l.JatuhTempo)
            {
                kirim.Add(($"monev-d:{l.Id}:h0", JenisNotifikasi.Pengingat, $"Jatuh tempo hari ini: laporan {label}", $"Laporan {label} jatuh tempo hari ini.", false));
            }
            else if (hariIni >= l.JatuhTempo.PlusDays(-3))
            {
                kirim.Add(($"monev-d:{l.Id}:h3", JenisNotifikasi.Pengingat, $"Pengingat: laporan {label}", $"Laporan {label} jatuh tempo {tanggal}.", false));
            }

            foreach (var k in kirim)
            {
                notifikasi += await mediator.Send(
                    new KirimNotifikasiUnitCommand(k.Kunci, [l.UnitId], k.Kepala ? Petugas : [Peran.UnitKerjaPusat, Peran.Upt], k.Jenis, k.Judul, k.Pesan, SopFasilitator.Modul, l.AngkatanId),
                    cancellationToken);
            }
        }

        return new HasilMonevTriwulan(dibuka, notifikasi);
    }
}

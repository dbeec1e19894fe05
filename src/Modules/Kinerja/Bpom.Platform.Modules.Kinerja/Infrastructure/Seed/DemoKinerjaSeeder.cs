using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;

/// <summary>
/// Demo performance data for local use (registered only when <c>Seed:DemoKinerja</c> is true, as <c>run.sh</c> sets):
/// a PK of the current year for Balai POM di Bengkulu and Loka POM di Kabupaten Rejang Lebong with monthly targets,
/// ratified realisation for the months before last and last month's draft. Only for units without a PK that year.
/// </summary>
internal sealed class DemoKinerjaSeeder(KinerjaDbContext db, IDirektoriOrganisasi direktori, IClock clock) : IDataSeeder
{
    private static readonly (string Unit, decimal Faktor)[] Unit =
    [
        ("Balai POM di Bengkulu", 1.00m),
        ("Loka POM di Kabupaten Rejang Lebong", 0.85m),
    ];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var hariIni = sekarang.InZone(ZonaWaktuUnit.Nasional).Date;
        var tahun = hariIni.Year;
        var units = await direktori.UnitBerdasarkanNamaAsync(Unit.Select(u => u.Unit).ToList(), cancellationToken);
        foreach (var (nama, faktor) in Unit)
        {
            if (!units.TryGetValue(nama, out var unit) || await db.PerjanjianKinerja.AnyAsync(p => p.UnitId == unit.Id && p.Tahun == tahun, cancellationToken))
            {
                continue;
            }

            var pk = new PerjanjianKinerja(unit.Id, tahun, sekarang, "seed");
            db.PerjanjianKinerja.Add(pk);
            db.PerjanjianKinerjaVersi.Add(pk.Revisi(PkContoh.Struktur(), sekarang, "seed", "Data contoh")!);
            for (var bulan = 1; bulan < hariIni.Month; bulan++)
            {
                var periode = $"B{bulan:00}";
                var laporan = new LaporanRealisasi(pk, periode, 1, [], sekarang, "seed");
                laporan.Isikan(PkContoh.Realisasi(bulan, faktor), sekarang, "seed");
                if (bulan < hariIni.Month - 1)
                {
                    laporan.Jalankan(AksiRealisasi.Ajukan, sekarang, "seed", null);
                    laporan.Jalankan(AksiRealisasi.Verifikasi, sekarang, "seed", null);
                    laporan.Jalankan(AksiRealisasi.Sahkan, sekarang, "seed", null);
                }

                db.LaporanRealisasi.Add(laporan);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

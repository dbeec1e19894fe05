using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
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
        var hariIni = sekarang.InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
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
            db.PerjanjianKinerjaVersi.Add(pk.Revisi(Struktur(), sekarang, "seed", "Data contoh")!);
            for (var bulan = 1; bulan < hariIni.Month; bulan++)
            {
                var periode = $"B{bulan:00}";
                var laporan = new LaporanRealisasi(pk, periode, 1, [], sekarang, "seed");
                laporan.Isikan(
                [
                    new RealisasiIndikator("1.1", Math.Round(bulan * 8.5m * faktor, 2), null, null, null, null, []),
                    new RealisasiIndikator("1.2", Math.Round(bulan * 2m * faktor), null, null, bulan % 4 == 0 ? "Anggaran perjalanan terbatas" : null, null, []),
                    new RealisasiIndikator("2.1", Math.Round(6.5m / faktor, 2), null, null, null, null, []),
                    new RealisasiIndikator("3.1", Math.Round(Math.Min(100m, 60m + (bulan * 3m)) * faktor, 2), null, null, null, null, []),
                ],
                    sekarang,
                    "seed");
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

    private static List<PerspektifPk> Struktur()
    {
        static Dictionary<string, decimal> Bulanan(Func<int, decimal> f) =>
            Enumerable.Range(1, 12).ToDictionary(b => $"B{b:00}", f);

        return
        [
            new("Stakeholder",
            [
                new SasaranPk("SS1", "Meningkatnya efektivitas komunikasi, informasi dan edukasi obat dan makanan", true,
                [
                    new IndikatorPk("1.1", "Persentase masyarakat yang teredukasi", "%", ArahIndikator.Naik, null, "Peserta KIE", "Sasaran KIE", 100m, Bulanan(b => b * 8m), false, SumberRealisasi.Manual, null),
                    new IndikatorPk("1.2", "Jumlah desa pangan aman yang dibina", "jumlah", ArahIndikator.Naik, null, null, null, 24m, Bulanan(b => b * 2m), false, SumberRealisasi.Manual, null),
                ]),
            ]),
            new("Internal Process",
            [
                new SasaranPk("SS2", "Meningkatnya kecepatan layanan publik", true,
                [
                    new IndikatorPk("2.1", "Rata-rata waktu layanan pengujian (hari)", "hari", ArahIndikator.Turun, null, null, null, 7m, Bulanan(_ => 7m), false, SumberRealisasi.Manual, null),
                    new IndikatorPk("2.2", "Persentase langkah SOP POM-04.01 selesai tepat waktu", "%", ArahIndikator.Naik, null, null, null, 90m, Bulanan(_ => 90m), false, SumberRealisasi.LangkahSopTepatWaktu, null),
                ]),
            ]),
            new("Learning & Growth",
            [
                new SasaranPk("SS3", "Terwujudnya SDM yang berkinerja optimal", true,
                [
                    new IndikatorPk("3.1", "Indeks profesionalitas ASN", "indeks", ArahIndikator.Naik, null, null, null, 95m, Bulanan(b => Math.Min(95m, 60m + (b * 3m))), false, SumberRealisasi.Manual, null),
                ]),
                new SasaranPk("SS4", "Terkelolanya keuangan secara akuntabel", false,
                [
                    new IndikatorPk("4.1", "Nilai kinerja anggaran", "nilai", ArahIndikator.Naik, null, null, null, 90m, new Dictionary<string, decimal> { ["B12"] = 90m, ["TW4"] = 90m }, true, SumberRealisasi.Manual, null),
                ]),
            ]),
        ];
    }
}

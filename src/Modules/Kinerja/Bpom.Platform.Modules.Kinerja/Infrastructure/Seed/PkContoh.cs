using Bpom.Platform.Modules.Kinerja.Domain;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;

/// <summary>The example performance agreement the demo data and the national dataset use: four sasaran over three
/// perspectives, with monthly targets, and a month's realisation scaled by a unit's factor.</summary>
internal static class PkContoh
{
    public static List<PerspektifPk> Struktur()
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

    /// <summary>The realisation of month <paramref name="bulan"/> for a unit performing at <paramref name="faktor"/> (1 = on target).</summary>
    public static List<RealisasiIndikator> Realisasi(int bulan, decimal faktor) =>
    [
        new RealisasiIndikator("1.1", Math.Round(bulan * 8.5m * faktor, 2), null, null, null, null, []),
        new RealisasiIndikator("1.2", Math.Round(bulan * 2m * faktor), null, null, bulan % 4 == 0 ? "Anggaran perjalanan terbatas" : null, null, []),
        new RealisasiIndikator("2.1", Math.Round(6.5m / faktor, 2), null, null, null, null, []),
        new RealisasiIndikator("3.1", Math.Round(Math.Min(100m, 60m + (bulan * 3m)) * faktor, 2), null, null, null, null, []),
    ];
}

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>Request bodies for the Kinerja editor in tests.</summary>
public static class KinerjaUji
{
    /// <summary>The perspectives of a one-indicator PK: Stakeholder › SS1 "Meningkatnya KIE" › 1.1 "Persentase KIE"
    /// (%, rising, yearly target 100, counted in the NKO) with the given monthly targets.</summary>
    public static object[] PerspektifKie(IReadOnlyDictionary<string, decimal> target, string perspektif = "Stakeholder") =>
    [
        new
        {
            nama = perspektif,
            sasaran = new[]
            {
                new
                {
                    kode = "SS1", nama = "Meningkatnya KIE", hitungNko = true,
                    indikator = new[]
                    {
                        new { kode = "1.1", nama = "Persentase KIE", satuan = "%", arah = "Naik", pembilang = "KIE terlaksana", penyebut = "KIE direncanakan", targetTahunan = 100m, target, akhirTahunSaja = false },
                    },
                },
            },
        },
    ];
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpom.Platform.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 18.5: BPOM's national PK whose realisation is rolled up from three units by its declared rule (Σ,
/// mean, Σpembilang/Σpenyebut), checked by hand, and scored like a unit's PK.</summary>
public class KinerjaNasionalTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static readonly (string Unit, decimal Pembilang, decimal Penyebut, decimal Desa)[] Unit =
    [
        ("Balai POM di Bengkulu", 30m, 40m, 5m), // 75 %
        ("Balai POM di Jambi", 45m, 50m, 7m), // 90 %
        ("Loka POM di Kabupaten Rejang Lebong", 10m, 40m, 3m), // 25 %
    ];

    private static object Indikator(string kode, string nama, string satuan, decimal target) =>
        new { kode, nama, satuan, arah = "Naik", targetTahunan = target, target = new Dictionary<string, decimal> { ["TW1"] = target }, akhirTahunSaja = false };

    [Fact]
    public async Task The_national_pk_rolls_up_the_units_by_its_rules_and_is_scored_like_a_units()
    {
        api.Pada(4, 2);
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        const string kolom = "unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi";
        await (await perencanaan.PostAsync("/api/kinerja/impor", new StringContent(string.Join("\n", Unit.SelectMany(u => new[]
        {
            $"{u.Unit},2025,TW1,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE tepat sasaran,%,naik,100,50,",
            $"{u.Unit},2025,TW1,Internal Process,SS2,Desa pangan aman,ya,2.1,Jumlah desa pangan aman,jumlah,naik,10,5,",
        }).Prepend(kolom)) + "\n", Encoding.UTF8, "text/csv"))).JsonAsync(HttpStatusCode.OK);
        var daftar = await (await perencanaan.GetAsync("/api/kinerja/pk?tahun=2025")).JsonAsync(HttpStatusCode.OK);
        foreach (var u in Unit)
        {
            var unitId = daftar.EnumerateArray().Single(p => p.GetProperty("unit").GetString() == u.Unit).GetProperty("unitId").GetString();
            await (await perencanaan.PutAsJsonAsync("/api/kinerja/realisasi", new
            {
                unitId, tahun = 2025, periode = "TW1", alasan = "Data TW1 2025 dari laporan triwulan",
                isian = new object[] { new { kode = "1.1", pembilang = u.Pembilang, penyebut = u.Penyebut }, new { kode = "2.1", nilai = u.Desa } },
            })).JsonAsync(HttpStatusCode.OK);
        }

        var pk = new
        {
            tahun = 2025,
            perspektif = new object[]
            {
                new { nama = "Stakeholder", sasaran = new[] { new { kode = "SS1", nama = "Meningkatnya efektivitas KIE nasional", hitungNko = true, indikator = new[]
                {
                    Indikator("N1.1", "Persentase KIE tepat sasaran nasional", "%", 80m), Indikator("N1.2", "Rata-rata persentase KIE per unit", "%", 60m),
                } } } },
                new { nama = "Internal Process", sasaran = new[] { new { kode = "SS2", nama = "Desa pangan aman", hitungNko = true, indikator = new[] { Indikator("N2.1", "Jumlah desa pangan aman", "jumlah", 20m) } } } },
            },
            aturan = new object[]
            {
                new { kode = "N1.1", aturan = "Rasio", kodeSumber = "1.1" }, new { kode = "N1.2", aturan = "RataRata", kodeSumber = "1.1" },
                new { kode = "N2.1", aturan = "Jumlah", kodeSumber = "2.1" },
            },
        };

        // Before it is made: version 0, empty; the planning unit may make it, Pimpinan only reads, a unit is refused.
        var kosong = await (await perencanaan.GetAsync("/api/kinerja/nasional/pk/2025")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 0, true), (kosong.GetProperty("versi").GetInt32(), kosong.GetProperty("perspektif").GetArrayLength(), kosong.GetProperty("bolehUbah").GetBoolean()));

        // Every indicator needs a rule; only the planning unit (or Admin) keeps the national PK; only national readers read it.
        await (await perencanaan.PutAsJsonAsync("/api/kinerja/nasional/pk", pk with { aturan = pk.aturan.Take(2).ToArray() })).AssertValidationProblemAsync("aturan");
        var pimpinan = await api.LoginAsync("pimpinan");
        await (await pimpinan.PutAsJsonAsync("/api/kinerja/nasional/pk", pk)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await (await perencanaan.PutAsJsonAsync("/api/kinerja/nasional/pk", pk)).JsonAsync(HttpStatusCode.OK)).GetProperty("versi").GetInt32());
        await (await perencanaan.PutAsJsonAsync("/api/kinerja/nasional/pk", pk)).AssertValidationProblemAsync("alasan");
        var balai = await api.LoginAsync("upt.bengkulu");
        await (await balai.GetAsync("/api/kinerja/nasional?tahun=2025&periode=TW1")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await balai.GetAsync("/api/kinerja/nasional/pk/2025")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var dibaca = await (await pimpinan.GetAsync("/api/kinerja/nasional/pk/2025")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, false, "pusat.perencanaan"), (dibaca.GetProperty("versi").GetInt32(), dibaca.GetProperty("bolehUbah").GetBoolean(), dibaca.GetProperty("diubahOleh").GetString()));
        Assert.Equal(["N1.1", "N1.2", "N2.1"], dibaca.GetProperty("aturan").EnumerateArray().Select(a => a.GetProperty("kode").GetString()));

        // By hand: N1.1 = (30 + 45 + 10) / (40 + 50 + 40) = 65.3846 % → capaian 81.73; N1.2 = (75 + 90 + 25) / 3 = 63.33 →
        // 105.56; SS1 = (81.7308 + 105.5556) / 2 = 93.64; N2.1 = 5 + 7 + 3 = 15 → 75.00 = SS2; NKO (93.6432 + 75) / 2 = 84.32.
        var n = await (await pimpinan.GetAsync("/api/kinerja/nasional?tahun=2025&periode=TW1")).JsonAsync(HttpStatusCode.OK);
        var rincian = n.GetProperty("rincian").EnumerateArray().ToDictionary(r => r.GetProperty("kode").GetString()!);
        Assert.Equal((3, 85m, 130m, 65.38m), (rincian["N1.1"].GetProperty("unitDihitung").GetInt32(), rincian["N1.1"].GetProperty("pembilang").GetDecimal(), rincian["N1.1"].GetProperty("penyebut").GetDecimal(), rincian["N1.1"].GetProperty("realisasi").GetDecimal()));
        Assert.Equal((3, 63.33m), (rincian["N1.2"].GetProperty("unitDihitung").GetInt32(), rincian["N1.2"].GetProperty("realisasi").GetDecimal()));
        Assert.Equal(15m, rincian["N2.1"].GetProperty("realisasi").GetDecimal());
        var nilai = n.GetProperty("nilai");
        var ind = nilai.GetProperty("indikator").EnumerateArray().ToDictionary(i => i.GetProperty("kode").GetString()!, i => i.GetProperty("capaian").GetDecimal());
        Assert.Equal((81.73m, 105.56m, 75.00m), (ind["N1.1"], ind["N1.2"], ind["N2.1"]));
        var ss = nilai.GetProperty("sasaran").EnumerateArray().ToDictionary(s => s.GetProperty("kode").GetString()!, s => s.GetProperty("nilai").GetDecimal());
        Assert.Equal((93.64m, 75.00m), (ss["SS1"], ss["SS2"]));
        Assert.Equal((84.32m, "Butuh Perbaikan", "Badan Pengawas Obat dan Makanan"), (nilai.GetProperty("nilaiKinerjaOrganisasi").GetDecimal(), nilai.GetProperty("predikat").GetString(), nilai.GetProperty("unit").GetString()));
        Assert.True(n.GetProperty("unitDenganPk").GetInt32() >= 3);
        await (await pimpinan.GetAsync("/api/kinerja/nasional?tahun=2024&periode=TW1")).AssertProblemAsync(HttpStatusCode.NotFound);

        // BPOM's Laporan Kinerja: valid OpenXML with the API's figures, the roll-up per indicator, and the SKM section.
        var r = await pimpinan.GetAsync("/api/kinerja/nasional/laporan?tahun=2025&periode=TW1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await r.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var teks = string.Join("\n", body.Elements<W.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("LAPORAN KINERJA TRIWULAN I TAHUN 2025", teks, StringComparison.Ordinal);
        Assert.Contains("Nilai Kinerja Organisasi (NKO): 84,32", teks, StringComparison.Ordinal);
        Assert.Contains("Hasil SKM periode ini belum tercatat.", teks, StringComparison.Ordinal);
        Assert.Contains("VIII. Kinerja BPOM dalam angka (kumulatif s.d. TW1)", teks, StringComparison.Ordinal);
        Assert.Contains("POM-04.01-D Pembentukan Fasilitator Keamanan Pangan", teks, StringComparison.Ordinal);
        var tabel = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(x => x.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList();
        Assert.Contains(["N1.1", "Persentase KIE tepat sasaran nasional", "80,00", "65,38", "81,73", "81,73", "Cukup"], tabel.First(t => t[0].Contains("Sasaran / indikator")));
        Assert.Contains(["N1.1", "Σpembilang ÷ Σpenyebut", "1.1", "3", "85,00", "130,00", "65,38"], tabel.First(t => t[0].Contains("Unit dihitung")));
        Assert.Contains(["N2.1", "Jumlah", "2.1", "3", "-", "-", "15,00"], tabel.First(t => t[0].Contains("Unit dihitung")));
        Assert.Equal(4, tabel.Count(t => t[0].SequenceEqual(["Uraian", "s.d. TW1"]) && t.Any(b => b.SequenceEqual(["Kegiatan selesai", "0"]))));
        await (await balai.GetAsync("/api/kinerja/nasional/laporan?tahun=2025&periode=TW1")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

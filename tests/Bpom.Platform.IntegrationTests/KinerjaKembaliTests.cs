using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 17.7: a returned realisation report can be submitted again as it is, without saving a new version
/// first; the returned version stays frozen with its reason.</summary>
public class KinerjaKembaliTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static string[] Aksi(JsonElement form) => [.. form.GetProperty("aksi").EnumerateArray().Select(a => a.GetString()!)];

    private static HttpRequestMessage Dengan(HttpMethod metode, string url, object isi, string ifMatch)
    {
        var r = new HttpRequestMessage(metode, url) { Content = JsonContent.Create(isi) };
        r.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return r;
    }

    [Fact]
    public async Task PK_and_realisation_reads_carry_ETags_and_a_stale_If_Match_is_412_and_changes_nothing()
    {
        api.Pada(3, 2);
        var petugas = await api.BuatPenggunaUptAsync("petugas.banggai.etag", "Loka POM di Kabupaten Banggai");
        var unitId = await api.UnitIdAsync("Loka POM di Kabupaten Banggai");
        var pk = new { unitId, tahun = 2026, perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B02"] = 20m }) };
        await (await petugas.PutAsJsonAsync("/api/kinerja/pk", pk)).JsonAsync(HttpStatusCode.OK);
        var baca = await petugas.GetAsync($"/api/kinerja/pk/{unitId}/2026");
        var tagPk = baca.Headers.ETag!.Tag;
        Assert.Equal(tagPk, (await baca.JsonAsync(HttpStatusCode.OK)).GetProperty("etag").GetString());

        // A revision with the tag read passes; a second one with the same (now stale) tag is refused.
        api.Clock.Advance(NodaTime.Duration.FromMinutes(1));
        var revisi = new { pk.unitId, pk.tahun, perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B02"] = 25m }), alasan = "Target direvisi" };
        using (var r = Dengan(HttpMethod.Put, "/api/kinerja/pk", revisi, tagPk))
        {
            Assert.Equal(2, (await (await petugas.SendAsync(r)).JsonAsync(HttpStatusCode.OK)).GetProperty("versi").GetInt32());
        }

        using (var r = Dengan(HttpMethod.Put, "/api/kinerja/pk", revisi with { alasan = "Basi" }, tagPk))
        {
            await (await petugas.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        Assert.Equal(2, (await (await petugas.GetAsync($"/api/kinerja/pk/{unitId}/2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("versi").GetInt32());

        // The report: saved with the form's tag; a second tab's save and submission with the old tag are refused.
        var formUrl = $"/api/kinerja/realisasi?unitId={unitId}&tahun=2026&periode=B02";
        var form = await petugas.GetAsync(formUrl);
        var tagForm = form.Headers.ETag!.Tag;
        var kunci = new { unitId, tahun = 2026, periode = "B02" };
        using (var r = Dengan(HttpMethod.Put, "/api/kinerja/realisasi", new { kunci.unitId, kunci.tahun, kunci.periode, isian = new[] { new { kode = "1.1", nilai = 18m } } }, tagForm))
        {
            await (await petugas.SendAsync(r)).JsonAsync(HttpStatusCode.OK);
        }

        api.Clock.Advance(NodaTime.Duration.FromMinutes(1));
        using (var r = Dengan(HttpMethod.Put, "/api/kinerja/realisasi", new { kunci.unitId, kunci.tahun, kunci.periode, isian = new[] { new { kode = "1.1", nilai = 5m } } }, tagForm))
        {
            await (await petugas.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        using (var r = Dengan(HttpMethod.Post, "/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" }, tagForm))
        {
            await (await petugas.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var kini = await (await petugas.GetAsync(formUrl)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(18m, kini.GetProperty("indikator")[0].GetProperty("isian").GetProperty("nilai").GetDecimal());
        Assert.Equal("Draft", kini.GetProperty("status").GetString());
        using (var r = Dengan(HttpMethod.Post, "/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" }, kini.GetProperty("etag").GetString()!))
        {
            Assert.Equal("Diajukan", (await (await petugas.SendAsync(r)).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_returned_report_is_resubmitted_as_is_as_a_new_version()
    {
        api.Pada(3, 2);
        var petugas = await api.LoginAsync("loka.rejanglebong");
        var koordinator = await api.LoginAsync("upt.bengkulu");
        var lokaId = (await (await petugas.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await petugas.PutAsJsonAsync("/api/kinerja/pk", new
        {
            unitId = lokaId,
            tahun = 2026,
            perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B02"] = 20m }),
        })).JsonAsync(HttpStatusCode.OK);
        var kunci = new { unitId = lokaId, tahun = 2026, periode = "B02" };
        await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", new { kunci.unitId, kunci.tahun, kunci.periode, isian = new[] { new { kode = "1.1", nilai = 18m } } })).JsonAsync(HttpStatusCode.OK);
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" })).JsonAsync(HttpStatusCode.OK);
        await (await koordinator.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Kembalikan", alasan = "Lampirkan daftar hadir" }))
            .JsonAsync(HttpStatusCode.OK);

        // The unit is offered Ajukan on the returned report; the reviewer is not.
        var form = await (await petugas.GetAsync($"/api/kinerja/realisasi?unitId={lokaId}&tahun=2026&periode=B02")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Dikembalikan", 1), (form.GetProperty("status").GetString(), form.GetProperty("versi").GetInt32()));
        Assert.Contains("Ajukan", Aksi(form));
        Assert.DoesNotContain("Ajukan", Aksi(await (await koordinator.GetAsync($"/api/kinerja/realisasi?unitId={lokaId}&tahun=2026&periode=B02")).JsonAsync(HttpStatusCode.OK)));
        await (await koordinator.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Resubmitted as it is: version 2, submitted, the same value; version 1 stays returned with its reason.
        form = await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Diajukan", 2), (form.GetProperty("status").GetString(), form.GetProperty("versi").GetInt32()));
        Assert.Equal(18m, form.GetProperty("indikator")[0].GetProperty("isian").GetProperty("nilai").GetDecimal());
        var v1 = form.GetProperty("riwayatVersi").EnumerateArray().Single(v => v.GetProperty("versi").GetInt32() == 1);
        Assert.Equal("Dikembalikan", v1.GetProperty("status").GetString());
        Assert.Contains(v1.GetProperty("riwayat").EnumerateArray(), r => r.GetProperty("alasan").GetString() == "Lampirkan daftar hadir");
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Ajukan" })).AssertProblemAsync(HttpStatusCode.Conflict);

        // The reviewers' queue across units (issue 17.2): the koordinator and the planning unit see the submitted
        // report; the unit itself and another Balai do not; once verified it waits in the ratifier's queue.
        static async Task<string[]> Antrean(HttpClient c) =>
            [.. (await (await c.GetAsync("/api/kinerja/realisasi/antrean?tahun=2026")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Select(a => $"{a.GetProperty("unit").GetString()} {a.GetProperty("periode").GetString()} v{a.GetProperty("versi").GetInt32()} {a.GetProperty("status").GetString()}")];
        var perencanaan = await api.LoginAsync("pusat.perencanaan");
        var kepalaPerencanaan = await api.LoginAsync("kepala.perencanaan");
        var jambi = await api.BuatPenggunaUptAsync("upt.jambi.antrean", "Balai POM di Jambi");
        const string menunggu = "Loka POM di Kabupaten Rejang Lebong B02 v2 Diajukan";
        Assert.Contains(menunggu, await Antrean(koordinator));
        Assert.Contains(menunggu, await Antrean(perencanaan));
        Assert.DoesNotContain(menunggu, await Antrean(petugas));
        Assert.Empty(await Antrean(jambi));
        await (await perencanaan.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { kunci.unitId, kunci.tahun, kunci.periode, aksi = "Verifikasi" })).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(menunggu, await Antrean(perencanaan));
        Assert.Contains("Loka POM di Kabupaten Rejang Lebong B02 v2 Diverifikasi", await Antrean(kepalaPerencanaan));
        await (await perencanaan.GetAsync("/api/kinerja/realisasi/antrean?tahun=1800")).AssertValidationProblemAsync("tahun");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 16.6: reads of an activity carry an ETag; a change sent with a stale If-Match is 412 and changes
/// nothing; creates and transitions with an Idempotency-Key run once, however often or concurrently they are sent.</summary>
public class VersiIdempotensiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Data(string judul) => SopUji.DataAdvokasi(judul);

    private static HttpRequestMessage Dengan(HttpMethod metode, string url, object? isi, string ifMatch)
    {
        var r = new HttpRequestMessage(metode, url) { Content = isi is null ? null : JsonContent.Create(isi) };
        r.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return r;
    }

    [Fact]
    public async Task Units_and_holidays_carry_ETags_and_a_stale_If_Match_is_412_and_changes_nothing()
    {
        var admin = await api.LoginAsync("admin");
        var dibuat = await (await admin.PostAsJsonAsync("/api/unit-kerja",
            new { nama = "Loka POM di Kabupaten Versi", jenis = "LokaPom", kota = "Versi", provinsi = "Bengkulu", zonaWaktu = "Asia/Jakarta" })).JsonAsync(HttpStatusCode.Created);
        var id = dibuat.GetProperty("id").GetString();
        var baca = await admin.GetAsync($"/api/unit-kerja/{id}");
        var etag = baca.Headers.ETag!.Tag;
        Assert.Equal(etag, (await baca.JsonAsync(HttpStatusCode.OK)).GetProperty("etag").GetString());
        object Unit(string nama) => new { nama, kota = "Versi", provinsi = "Bengkulu", zonaWaktu = "Asia/Jakarta", aktif = true };

        // One admin renames the unit; the other's edit and koordinator change with the old tag are refused.
        using (var r = Dengan(HttpMethod.Put, $"/api/unit-kerja/{id}", Unit("Loka POM di Kabupaten Versi A"), etag))
        {
            await (await admin.SendAsync(r)).JsonAsync(HttpStatusCode.OK);
        }

        using (var r = Dengan(HttpMethod.Put, $"/api/unit-kerja/{id}", Unit("Loka POM di Kabupaten Versi B"), etag))
        {
            await (await admin.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var bengkulu = await api.UnitIdAsync("Balai POM di Bengkulu");
        using (var r = Dengan(HttpMethod.Put, $"/api/unit-kerja/{id}/koordinator", new { koordinatorId = bengkulu }, etag))
        {
            await (await admin.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var kini = await (await admin.GetAsync($"/api/unit-kerja/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Loka POM di Kabupaten Versi A", JsonValueKind.Null), (kini.GetProperty("nama").GetString(), kini.GetProperty("koordinatorId").ValueKind));
        Assert.NotEqual(etag, kini.GetProperty("etag").GetString());
        using (var r = Dengan(HttpMethod.Put, $"/api/unit-kerja/{id}/koordinator", new { koordinatorId = bengkulu }, kini.GetProperty("etag").GetString()!))
        {
            Assert.Equal(bengkulu, (await (await admin.SendAsync(r)).JsonAsync(HttpStatusCode.OK)).GetProperty("koordinatorId").GetString());
        }

        // Holidays: the list carries each one's tag; a stale one refuses the edit and the deletion.
        var libur = await (await admin.PostAsJsonAsync("/api/kalender/hari-libur",
            new { tanggal = "2026-10-14", jenis = "cuti_bersama", nama = "Libur versi", dasarHukum = "SKB uji" })).JsonAsync(HttpStatusCode.Created);
        var lid = libur.GetProperty("id").GetString();
        var tagLibur = libur.GetProperty("etag").GetString()!;
        var daftar = await (await admin.GetAsync("/api/kalender/hari-libur?tahun=2026")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(tagLibur, daftar.EnumerateArray().Single(h => h.GetProperty("id").GetString() == lid).GetProperty("etag").GetString());
        using (var r = Dengan(HttpMethod.Put, $"/api/kalender/hari-libur/{lid}", new { tanggal = "2026-10-14", jenis = "libur_nasional", nama = "Libur versi", dasarHukum = "SKB uji" }, tagLibur))
        {
            await (await admin.SendAsync(r)).JsonAsync(HttpStatusCode.OK);
        }

        using (var r = Dengan(HttpMethod.Put, $"/api/kalender/hari-libur/{lid}", new { tanggal = "2026-10-15", jenis = "cuti_bersama", nama = "Libur basi", dasarHukum = "SKB uji" }, tagLibur))
        {
            await (await admin.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        using (var r = Dengan(HttpMethod.Delete, $"/api/kalender/hari-libur/{lid}", null, tagLibur))
        {
            await (await admin.SendAsync(r)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var tetap = (await (await admin.GetAsync("/api/kalender/hari-libur?tahun=2026")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single(h => h.GetProperty("id").GetString() == lid);
        Assert.Equal(("2026-10-14", "libur_nasional"), (tetap.GetProperty("tanggal").GetString(), tetap.GetProperty("jenis").GetString()));
        using (var r = Dengan(HttpMethod.Delete, $"/api/kalender/hari-libur/{lid}", null, tetap.GetProperty("etag").GetString()!))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(r)).StatusCode);
        }
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_changes_nothing_while_the_current_one_passes()
    {
        var a = await api.LoginAsync("upt.bengkulu");
        var b = await api.LoginAsync("upt.bengkulu");
        var dibuat = await (await a.PostAsJsonAsync("/api/advokasi", Data("Advokasi versi"))).JsonAsync(HttpStatusCode.Created);
        var id = dibuat.GetProperty("id").GetString();
        var iid = dibuat.GetProperty("instans").GetProperty("id").GetString()!;

        var bacaA = await a.GetAsync($"/api/advokasi/{id}");
        var etagA = bacaA.Headers.ETag!.Tag;
        var bacaInstans = await a.GetAsync($"/api/sop/instans/{iid}");
        Assert.Equal(etagA, bacaInstans.Headers.ETag!.Tag);

        // B changes the activity first (a document); A's write with the version it read is refused.
        api.Clock.Advance(NodaTime.Duration.FromSeconds(5));
        await (await UnggahAsync(b, iid, "A1", "Kelengkapan", "dasar.pdf", Pdf("dasar"))).JsonAsync(HttpStatusCode.Created);
        api.Clock.Advance(NodaTime.Duration.FromSeconds(5));
        using (var ubah = new HttpRequestMessage(HttpMethod.Put, $"/api/advokasi/{id}") { Content = JsonContent.Create(Data("Judul dari A")) })
        {
            ubah.Headers.TryAddWithoutValidation("If-Match", etagA);
            await (await a.SendAsync(ubah)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        using (var mulai = new HttpRequestMessage(HttpMethod.Post, $"/api/sop/instans/{iid}/langkah/A1/Mulai") { Content = JsonContent.Create(new { alasan = (string?)null }) })
        {
            mulai.Headers.TryAddWithoutValidation("If-Match", etagA);
            await (await a.SendAsync(mulai)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var instans = await InstansAsync(a, iid);
        Assert.Equal("Menunggu", Langkah(instans, "A1").GetProperty("status").GetString());
        Assert.Equal("Advokasi versi", (await (await a.GetAsync($"/api/advokasi/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("judul").GetString());

        // With the current version it passes; without If-Match the API behaves as before.
        var etagBaru = (await a.GetAsync($"/api/sop/instans/{iid}")).Headers.ETag!.Tag;
        Assert.NotEqual(etagA, etagBaru);
        using (var mulai = new HttpRequestMessage(HttpMethod.Post, $"/api/sop/instans/{iid}/langkah/A1/Mulai") { Content = JsonContent.Create(new { alasan = (string?)null }) })
        {
            mulai.Headers.TryAddWithoutValidation("If-Match", etagBaru);
            await (await a.SendAsync(mulai)).JsonAsync(HttpStatusCode.OK);
        }

        // An edit with the current version passes although the edit itself changes the run before answering with it
        // (the precondition is the version the write read first, not the one it wrote).
        api.Clock.Advance(NodaTime.Duration.FromSeconds(5));
        var etagKini = (await a.GetAsync($"/api/advokasi/{id}")).Headers.ETag!.Tag;
        using (var ubah = new HttpRequestMessage(HttpMethod.Put, $"/api/advokasi/{id}") { Content = JsonContent.Create(Data("Judul dari A")) })
        {
            ubah.Headers.TryAddWithoutValidation("If-Match", etagKini);
            Assert.Equal("Judul dari A", (await (await a.SendAsync(ubah)).JsonAsync(HttpStatusCode.OK)).GetProperty("judul").GetString());
        }
    }

    [Fact]
    public async Task Twenty_concurrent_identical_creates_with_one_Idempotency_Key_make_one_activity()
    {
        var upt = await api.LoginAsync("loka.rejanglebong");
        var judul = $"Advokasi sekali {Guid.NewGuid():N}";
        var kunci = Guid.NewGuid().ToString();
        var body = System.Text.Json.JsonSerializer.Serialize(Data(judul), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        var jawaban = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, "/api/advokasi") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            req.Headers.Add("Idempotency-Key", kunci);
            var r = await upt.SendAsync(req);
            return (r.StatusCode, Id: (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString(), Ulang: r.Headers.Contains("Idempotency-Replayed"));
        }));
        Assert.All(jawaban, j => Assert.Equal(HttpStatusCode.Created, j.StatusCode));
        Assert.Single(jawaban.Select(j => j.Id).Distinct());
        Assert.Equal(19, jawaban.Count(j => j.Ulang));
        var daftar = await (await upt.GetAsync($"/api/advokasi?cari={Uri.EscapeDataString(judul)}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, daftar.GetProperty("total").GetInt32());

        // The same key with another body is refused; a new key creates again.
        using var lain = new HttpRequestMessage(HttpMethod.Post, "/api/advokasi") { Content = JsonContent.Create(Data(judul + " lain")) };
        lain.Headers.Add("Idempotency-Key", kunci);
        await (await upt.SendAsync(lain)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        using var baru = new HttpRequestMessage(HttpMethod.Post, "/api/advokasi") { Content = JsonContent.Create(Data(judul)) };
        baru.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await (await upt.SendAsync(baru)).JsonAsync(HttpStatusCode.Created);
    }
}

/// <summary>Issue 16.6 for accounts: two admins edit one user; the second, with the version it read, gets 412.</summary>
public class VersiPenggunaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_second_admins_edit_of_a_user_with_a_stale_If_Match_is_412()
    {
        var a = await api.LoginAsync("admin");
        var b = await api.LoginAsync("admin");
        var daftar = await (await a.GetAsync("/api/pengguna?cari=pusat.was.produksipangan")).JsonAsync(HttpStatusCode.OK);
        var p = daftar.GetProperty("item").EnumerateArray().Single();
        var id = p.GetProperty("id").GetString();
        var unitId = p.GetProperty("unitId").GetString();
        var bacaA = await a.GetAsync($"/api/pengguna/{id}");
        var etag = bacaA.Headers.ETag!.Tag;

        await (await b.PutAsJsonAsync($"/api/pengguna/{id}", new { namaLengkap = "Diubah B", unitId, peran = new[] { "UnitKerjaPusat" }, aktif = true })).JsonAsync(HttpStatusCode.OK);
        using var ubah = new HttpRequestMessage(HttpMethod.Put, $"/api/pengguna/{id}")
        {
            Content = JsonContent.Create(new { namaLengkap = "Diubah A", unitId, peran = new[] { "UnitKerjaPusat" }, aktif = true }),
        };
        ubah.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await a.SendAsync(ubah)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var sekarang = await (await a.GetAsync($"/api/pengguna/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Diubah B", sekarang.GetProperty("namaLengkap").GetString());

        var baru = (await a.GetAsync($"/api/pengguna/{id}")).Headers.ETag!.Tag;
        Assert.NotEqual(etag, baru);
        using var lagi = new HttpRequestMessage(HttpMethod.Put, $"/api/pengguna/{id}")
        {
            Content = JsonContent.Create(new { namaLengkap = "Diubah A", unitId, peran = new[] { "UnitKerjaPusat" }, aktif = true }),
        };
        lagi.Headers.TryAddWithoutValidation("If-Match", baru);
        await (await a.SendAsync(lagi)).JsonAsync(HttpStatusCode.OK);
    }
}

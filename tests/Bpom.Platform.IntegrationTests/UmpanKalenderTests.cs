using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Issue 20.2: each user's secret calendar feed holds exactly their open due dates (Ical.Net reads it
/// back), with UIDs that stay; a unit head's unit feed; rotating the address kills the old one, revoking it too.</summary>
public class UmpanKalenderTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static string Jalur(JsonElement alamat) => new Uri(alamat.GetProperty("url").GetString()!).PathAndQuery;

    private async Task<Ical.Net.Calendar> UmpanAsync(string jalur)
    {
        var r = await api.CreateClient().GetAsync(jalur);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/calendar", r.Content.Headers.ContentType!.MediaType);
        return Ical.Net.Calendar.Load(await r.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_feed_holds_the_users_open_due_dates_and_dies_when_rotated_or_revoked()
    {
        api.Pada(7, 6);
        var balai = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");
        foreach (var judul in new[] { "Desa pangan aman Juli", "Pasar aman Juli" })
        {
            var iid = (await (await balai.PostAsJsonAsync("/api/pemberdayaan", new
            {
                judul, program = "DesaPanganAman", bentuk = "Bimtek",
                komunitas = new[] { new { jenis = "Desa", nama = $"Desa {judul}", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" } },
                kader = Array.Empty<object>(), jumlahPeserta = 10, lokasi = "Aula", tanggalRencanaMulai = "2026-07-06", tanggalRencanaSelesai = "2026-09-30",
                dasarKegiatan = "Rencana kerja 2026",
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;
            await MulaiAsync(balai, iid, "C1");
        }

        // The address is made once and shown again.
        var alamat = await (await balai.GetAsync("/api/kalender/feed")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Jalur(alamat), Jalur(await (await balai.GetAsync("/api/kalender/feed")).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal("Pribadi", alamat.GetProperty("cakupan").GetString());

        // Exactly what Tugas Saya has with a date, one all-day event each, without login.
        var tugas = await (await balai.GetAsync("/api/tugas-saya?ukuran=100")).JsonAsync(HttpStatusCode.OK);
        var harapan = tugas.GetProperty("item").EnumerateArray()
            .Select(t => (t.GetProperty("jatuhTempo").ValueKind == JsonValueKind.String ? t.GetProperty("jatuhTempo") : t.GetProperty("rencanaSelesai")).GetString())
            .OfType<string>().OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.True(harapan.Count >= 2);
        var kalender = await UmpanAsync(Jalur(alamat));
        Assert.Equal(harapan, kalender.Events.Select(e => e.DtStart!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(d => d, StringComparer.Ordinal).ToList());
        Assert.All(kalender.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Contains(kalender.Events, e => e.Summary!.StartsWith("C1 ", StringComparison.Ordinal) && e.Summary.Contains("Desa pangan aman Juli", StringComparison.Ordinal)
            && e.Description!.Contains("/pemberdayaan/", StringComparison.Ordinal) && e.Description.Contains("HK lagi", StringComparison.Ordinal));
        var uid = kalender.Events.Select(e => e.Uid).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(uid, (await UmpanAsync(Jalur(alamat))).Events.Select(e => e.Uid).Order(StringComparer.Ordinal).ToList());

        // The unit feed is for unit heads; it holds the unit's open steps.
        await (await balai.GetAsync("/api/kalender/feed?cakupan=unit")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await balai.GetAsync("/api/kalender/feed?cakupan=semua")).AssertValidationProblemAsync("cakupan");
        var unit = await UmpanAsync(Jalur(await (await kepala.GetAsync("/api/kalender/feed?cakupan=unit")).JsonAsync(HttpStatusCode.OK)));
        Assert.Equal(2, unit.Events.Count(e => e.Summary!.Contains(" Juli", StringComparison.Ordinal)));

        // Rotation: the old address is dead, the new one works; revocation kills it too.
        var baru = await (await balai.PostAsync("/api/kalender/feed/rotasi", null)).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(Jalur(alamat), Jalur(baru));
        await (await api.CreateClient().GetAsync(Jalur(alamat))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(uid, (await UmpanAsync(Jalur(baru))).Events.Select(e => e.Uid).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(HttpStatusCode.NoContent, (await balai.DeleteAsync("/api/kalender/feed")).StatusCode);
        await (await api.CreateClient().GetAsync(Jalur(baru))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.CreateClient().GetAsync("/api/kalender/feed/tebakan-acak.ics")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_units_open_Kinerja_entry_deadlines_are_in_its_staffs_feeds_until_submitted()
    {
        api.Pada(7, 2);
        var petugas = await api.LoginAsync("loka.rejanglebong");
        var lokaId = (await (await petugas.GetAsync("/api/auth/saya")).JsonAsync(HttpStatusCode.OK)).GetProperty("unitId").GetString()!;
        await (await petugas.PutAsJsonAsync("/api/kinerja/pk", new
        {
            unitId = lokaId,
            tahun = 2026,
            perspektif = KinerjaUji.PerspektifKie(new Dictionary<string, decimal> { ["B06"] = 50m }),
        })).JsonAsync(HttpStatusCode.OK);

        async Task<List<(string Uid, string Tanggal)>> KinerjaDiUmpan()
        {
            var alamat = await (await petugas.GetAsync("/api/kalender/feed")).JsonAsync(HttpStatusCode.OK);
            return (await UmpanAsync(Jalur(alamat))).Events.Where(e => e.Uid!.StartsWith("kinerja-", StringComparison.Ordinal))
                .Select(e => (e.Uid!, e.DtStart!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).OrderBy(e => e.Item2, StringComparer.Ordinal).ToList();
        }

        // June to December 2026 are still open (June's entry closes 5 July); earlier months have closed.
        var awal = await KinerjaDiUmpan();
        Assert.Equal(Enumerable.Range(6, 7).Select(b => $"kinerja-2026-b{b:00}@bpom-platform").ToList(), awal.Select(e => e.Uid).ToList());
        var formB07 = await (await petugas.GetAsync($"/api/kinerja/realisasi?unitId={lokaId}&tahun=2026&periode=B07")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(formB07.GetProperty("batasEntri").GetString(), awal.Single(e => e.Uid.Contains("b07", StringComparison.Ordinal)).Tanggal);

        // Submitted, June leaves the feed.
        await (await petugas.PutAsJsonAsync("/api/kinerja/realisasi", new
        {
            unitId = lokaId, tahun = 2026, periode = "B06",
            isian = new[] { new { kode = "1.1", pembilang = 5m, penyebut = 10m, kendala = (string?)null, rencanaTindakLanjut = (string?)null } },
        })).JsonAsync(HttpStatusCode.OK);
        await (await petugas.PostAsJsonAsync("/api/kinerja/realisasi/aksi", new { unitId = lokaId, tahun = 2026, periode = "B06", aksi = "Ajukan" })).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(await KinerjaDiUmpan(), e => e.Uid.Contains("b06", StringComparison.Ordinal));
        Assert.Equal(6, (await KinerjaDiUmpan()).Count);

        // Who does not enter realisation has none.
        var pimpinan = await api.LoginAsync("pimpinan");
        var umpanPimpinan = await UmpanAsync(Jalur(await (await pimpinan.GetAsync("/api/kalender/feed")).JsonAsync(HttpStatusCode.OK)));
        Assert.DoesNotContain(umpanPimpinan.Events, e => e.Uid!.StartsWith("kinerja-", StringComparison.Ordinal));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>
/// Issue 17.1: every transition that hands work to someone notifies them, with a link to exactly that item — the head
/// when an output is submitted, the performer when it is returned (with the reason) or approved (one notice that also
/// names the step that starts), everyone concerned when the activity is cancelled — and never the user who acted.
/// </summary>
public class SerahTerimaNotifikasiTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static readonly object Kegiatan = new
    {
        judul = "Advokasi pangan aman di pasar Curup",
        topik = "Pasar pangan aman",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Dinas Perdagangan Kabupaten Rejang Lebong" } },
        bentuk = "Audiensi",
        lokasi = "Curup",
        tanggalRencanaMulai = "2026-03-02",
        tanggalRencanaSelesai = "2026-05-29",
        dasarKegiatan = "Disposisi Kepala Loka No. 15/LOKA-RJL/2026",
    };

    private static JsonElement[] Tentang(JsonElement notifikasi, string iid) =>
        notifikasi.EnumerateArray().Where(n => n.GetProperty("instansId").GetString() == iid).ToArray();

    [Fact]
    public async Task Submitting_returning_approving_and_cancelling_notify_the_next_person_with_a_link_to_the_activity()
    {
        api.Pada(3, 2);
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepala = await api.LoginAsync("kepala.rejanglebong");
        var kepalaKoordinator = await api.LoginAsync("kepala.bengkulu");
        var kegiatan = await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan)).JsonAsync(HttpStatusCode.Created);
        var id = kegiatan.GetProperty("id").GetString()!;
        var iid = kegiatan.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(loka, iid, "A1");
        Assert.Empty(Tentang(await NotifikasiAsync(kepala), iid)); // starting one's own step hands nothing over

        // Submitted: the Loka's head is asked to approve, with the activity and step to open; the performer is not told.
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana.pdf", Pdf("rencana"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        var untukKepala = Assert.Single(Tentang(await NotifikasiAsync(kepala), iid));
        Assert.Equal(("Menunggu persetujuan: A1 Perencanaan advokasi", "Advokasi", id, "A1", (string?)null),
            (untukKepala.GetProperty("judul").GetString(), untukKepala.GetProperty("modul").GetString(), untukKepala.GetProperty("referensiId").GetString(),
                untukKepala.GetProperty("langkahKode").GetString(), untukKepala.GetProperty("dibacaPada").GetString()));
        Assert.Contains("loka.rejanglebong", untukKepala.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Empty(Tentang(await NotifikasiAsync(loka), iid));
        Assert.Empty(Tentang(await NotifikasiAsync(kepalaKoordinator), iid)); // a Loka's own head approves its activity

        // Opening it marks it read.
        var belum = (await (await kepala.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("belumDibaca").GetInt32();
        await (await kepala.PostAsync($"/api/notifikasi/{untukKepala.GetProperty("id").GetString()}/dibaca", null)).JsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(belum - 1, (await (await kepala.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("belumDibaca").GetInt32());

        // Returned: the performer is told why; the head (who acted) gets nothing new.
        await (await AksiAsync(kepala, iid, "A1", "Kembalikan", "Jadwal audiensi belum dicantumkan")).JsonAsync(HttpStatusCode.OK);
        var kembali = Assert.Single(Tentang(await NotifikasiAsync(loka), iid));
        Assert.Equal("Dikembalikan: A1 Perencanaan advokasi", kembali.GetProperty("judul").GetString());
        Assert.Contains("Jadwal audiensi belum dicantumkan", kembali.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Single(Tentang(await NotifikasiAsync(kepala), iid));

        // Submitted again, then approved: one notice to the performer naming the step that starts, with its due date.
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana-v2.pdf", Pdf("rencana v2"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, Tentang(await NotifikasiAsync(kepala), iid).Length);
        await (await AksiAsync(kepala, iid, "A1", "Setujui")).JsonAsync(HttpStatusCode.OK);
        var untukLoka = Tentang(await NotifikasiAsync(loka), iid);
        Assert.Equal(2, untukLoka.Length);
        var setuju = untukLoka[0];
        Assert.Equal(("Disetujui: A1 Perencanaan advokasi", "A2"), (setuju.GetProperty("judul").GetString(), setuju.GetProperty("langkahKode").GetString()));
        Assert.Contains("langkah berikutnya A2", setuju.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Contains("jatuh tempo", setuju.GetProperty("pesan").GetString(), StringComparison.Ordinal);

        // Cancelled by the head: the performer is told, with the reason.
        await (await kepala.PostAsJsonAsync($"/api/sop/instans/{iid}/batalkan", new { alasan = "Pasar direlokasi" })).JsonAsync(HttpStatusCode.OK);
        var batal = Tentang(await NotifikasiAsync(loka), iid)[0];
        Assert.Equal("Dibatalkan: Advokasi pangan aman di pasar Curup", batal.GetProperty("judul").GetString());
        Assert.Contains("Pasar direlokasi", batal.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, Tentang(await NotifikasiAsync(kepala), iid).Length);
    }

    [Fact]
    public async Task A_due_date_running_into_a_year_without_holiday_data_carries_a_warning_next_to_it()
    {
        // Within loaded years there is none.
        api.Pada(3, 2);
        var loka = await api.LoginAsync("loka.rejanglebong");
        var lain = await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan)).JsonAsync(HttpStatusCode.Created);
        var dalam = await MulaiAsync(loka, lain.GetProperty("instans").GetProperty("id").GetString()!, "A1");
        Assert.Equal(JsonValueKind.Null, Langkah(dalam, "A1").GetProperty("peringatanKalender").ValueKind);

        // 2027's holidays are not loaded: A1 started on 21 December 2026 (10 HK) is due in January 2027.
        api.Pada(12, 21);
        loka = await api.LoginAsync("loka.rejanglebong"); // months later: a new session
        var k = await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan)).JsonAsync(HttpStatusCode.Created);
        var iid = k.GetProperty("instans").GetProperty("id").GetString()!;
        Assert.Equal(JsonValueKind.Null, Langkah(k.GetProperty("instans"), "A1").GetProperty("peringatanKalender").ValueKind); // not started: no due date
        var instans = await MulaiAsync(loka, iid, "A1");
        var a1 = Langkah(instans, "A1");
        Assert.StartsWith("2027-", a1.GetProperty("jatuhTempo").GetString(), StringComparison.Ordinal);
        Assert.Contains("Hari libur 2027 belum dimuat", a1.GetProperty("peringatanKalender").GetString(), StringComparison.Ordinal);
    }
}

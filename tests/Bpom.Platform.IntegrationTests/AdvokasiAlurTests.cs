using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Sop.Application.Tenggat;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Records the SOP engine's integration events, as another module (Kinerja) would receive them.</summary>
public sealed class PerekamAcara
{
    public ConcurrentQueue<INotification> Acara { get; } = new();
}

internal sealed class RekamLangkahTerlambat(PerekamAcara perekam) : INotificationHandler<LangkahTerlambat>, INotificationHandler<LangkahSelesai>, INotificationHandler<KegiatanSopSelesai>
{
    public Task Handle(LangkahTerlambat notification, CancellationToken cancellationToken) => Rekam(notification);

    public Task Handle(LangkahSelesai notification, CancellationToken cancellationToken) => Rekam(notification);

    public Task Handle(KegiatanSopSelesai notification, CancellationToken cancellationToken) => Rekam(notification);

    private Task Rekam(INotification n)
    {
        perekam.Acara.Enqueue(n);
        return Task.CompletedTask;
    }
}

public class SopApiFactory : ApiFactory
{
    public PerekamAcara Perekam { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // The walk moves the clock across ten weeks; sessions are not what it tests.
        builder.UseSetting("Auth:AccessTokenMinutes", "200000");
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Perekam);
        services.AddScoped<INotificationHandler<LangkahTerlambat>, RekamLangkahTerlambat>();
        services.AddScoped<INotificationHandler<LangkahSelesai>, RekamLangkahTerlambat>();
        services.AddScoped<INotificationHandler<KegiatanSopSelesai>, RekamLangkahTerlambat>();
    }

    /// <summary>Sets the clock to 09:00 WIB on <paramref name="hari"/>.</summary>
    public void Pada(int bulan, int hari) =>
        Clock.Reset(new LocalDateTime(2026, bulan, hari, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());

    /// <summary>Runs the SOP D quarterly monev job as Hangfire would (its own scope).</summary>
    public async Task JalankanMonevTriwulanAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev.MonevTriwulanFasilitator>().JalankanAsync(CancellationToken.None);
    }

    /// <summary>Runs the deadline sweep as Hangfire would (its own scope), then (unless told otherwise) the outbox's
    /// background pass that delivers its escalations (<c>Outbox:Latar</c> is off in tests).</summary>
    internal async Task<HasilSapuan> SapuAsync(bool kirimOutbox = true)
    {
        HasilSapuan hasil;
        await using (var scope = Services.CreateAsyncScope())
        {
            hasil = await scope.ServiceProvider.GetRequiredService<PenyapuTenggat>().JalankanAsync(CancellationToken.None);
        }

        while (kirimOutbox && await KirimOutboxAsync() > 0)
        {
        }

        return hasil;
    }
}

/// <summary>
/// Issue 4's "done when": an Advokasi activity of Loka POM Rejang Lebong walks A1 → A6 through the REST API with a fake
/// clock across Nyepi and Lebaran 2026: due dates, SLA, reminders and escalations (once, also with double and
/// concurrent sweeps), a pause, a holiday added mid-step, returns, documents with versions, recommendations with
/// evidence, the audit trail, and access for the koordinator Balai, another UPT and Pusat.
/// </summary>
public class AdvokasiAlurTests(SopApiFactory api) : IClassFixture<SopApiFactory>
{
    private static readonly object DataKegiatan = new
    {
        judul = "Advokasi keamanan pangan jajanan anak sekolah",
        topik = "Pangan jajanan anak sekolah (PJAS) aman",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[]
        {
            new { jenis = "PemerintahDaerah", nama = "Pemerintah Kabupaten Rejang Lebong" },
            new { jenis = "KomunitasPendidikan", nama = "MKKS SD Kabupaten Rejang Lebong" },
        },
        bentuk = "Audiensi",
        lokasi = "Kantor Bupati Rejang Lebong, Curup",
        tanggalRencanaMulai = "2026-03-02",
        tanggalRencanaSelesai = "2026-05-29",
        dasarKegiatan = "Disposisi Kepala Loka No. 12/LOKA-RJL/2026",
    };

    private static int Hitung(JsonElement notifikasi, string jenis, string langkah) =>
        notifikasi.EnumerateArray().Count(n => n.GetProperty("jenis").GetString() == jenis && n.GetProperty("langkahKode").GetString() == langkah);

    [Fact]
    public async Task An_Advokasi_activity_walks_A1_to_A6_across_Lebaran_2026()
    {
        api.Pada(3, 2); // Monday 2 March 2026
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kepala = await api.LoginAsync("kepala.rejanglebong");
        var koordinator = await api.LoginAsync("upt.bengkulu");
        var kepalaKoordinator = await api.LoginAsync("kepala.bengkulu");
        var pusat = await api.LoginAsync("pusat.advokasi");
        var admin = await api.LoginAsync("admin");
        var lain = await api.BuatPenggunaUptAsync("upt.jambi", "Balai POM di Jambi");

        // Create: the activity and its SOP A run; A1 waits for its Kelengkapan.
        var kegiatan = await (await loka.PostAsJsonAsync("/api/advokasi", DataKegiatan)).JsonAsync(HttpStatusCode.Created);
        var id = kegiatan.GetProperty("id").GetString()!;
        var instans = kegiatan.GetProperty("instans");
        var iid = instans.GetProperty("id").GetString()!;
        Assert.Equal("POM-04.01-A", instans.GetProperty("kodeSop").GetString());
        Assert.Equal(["A1", "A2", "A3", "A4", "A5", "A6"], instans.GetProperty("langkah").EnumerateArray().Select(l => l.GetProperty("kode").GetString()!).ToArray());
        Assert.Equal("A1", instans.GetProperty("langkahAktif").GetString());
        Assert.Equal(("Menunggu", (string?)null, "BelumBerjalan"), Keadaan(instans, "A1"));
        Assert.Empty(Langkah(instans, "A1").GetProperty("aksiTersedia").EnumerateArray()); // no Kelengkapan yet; A1 may not be skipped
        Assert.True(Langkah(instans, "A1").GetProperty("bolehUnggah").GetBoolean());

        // Illegal transitions: 409 (or 400 for a missing reason / a file that is not what it claims), nothing changes.
        var tolak = await (await AksiAsync(loka, iid, "A1", "Mulai")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Kelengkapan belum ada", tolak.GetProperty("detail").GetString(), StringComparison.Ordinal);
        tolak = await (await AksiAsync(loka, iid, "A2", "Mulai")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("selesaikan langkah A1", tolak.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await AksiAsync(loka, iid, "A1", "Lewati", "tidak perlu")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana.pdf", Pdf("rencana"))).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await AksiAsync(loka, iid, "A1", "Jeda")).AssertValidationProblemAsync("alasan");
        await (await UnggahAsync(loka, iid, "A1", "Kelengkapan", "dasar.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))).AssertValidationProblemAsync("berkas");
        await (await loka.PostAsJsonAsync("/api/advokasi", new { judul = "", komoditas = "Rokok", bentuk = "Lainnya" })).AssertValidationProblemAsync("komoditas");
        await (await loka.PostAsJsonAsync("/api/advokasi", new { judul = "", topik = "x", komoditas = "Obat", bentuk = "Lainnya", lokasi = "x", tanggalRencanaMulai = "2026-03-10", tanggalRencanaSelesai = "2026-03-01", dasarKegiatan = "x" }))
            .AssertValidationProblemAsync("judul", "pemangkuKepentingan", "bentukLainnya", "tanggalRencanaSelesai");
        var audit0 = (await AuditAsync(loka, iid)).GetArrayLength();
        Assert.Equal(("Menunggu", (string?)null, "BelumBerjalan"), Keadaan(await InstansAsync(loka, iid), "A1"));

        // Another UPT: 404 on everything; the koordinator Balai reads (200) but may not act (403); Pusat reads.
        await (await lain.GetAsync($"/api/advokasi/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await lain.GetAsync($"/api/sop/instans/{iid}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await AksiAsync(lain, iid, "A1", "Mulai")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await lain.GetAsync($"/api/sop/instans/{iid}/audit")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await lain.PutAsJsonAsync($"/api/advokasi/{id}", DataKegiatan)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await lain.GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await koordinator.GetAsync($"/api/advokasi/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await (await koordinator.GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await UnggahAsync(koordinator, iid, "A1", "Kelengkapan", "dasar.pdf", Pdf("dasar"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await koordinator.PutAsJsonAsync($"/api/advokasi/{id}", DataKegiatan)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await (await pusat.GetAsync("/api/advokasi?tahun=2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        await (await AksiAsync(pusat, iid, "A1", "Mulai")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(audit0, (await AuditAsync(loka, iid)).GetArrayLength());

        // A1: Kelengkapan, start on 2 March → 10 HK → Monday 16 March.
        var dasar = await (await UnggahAsync(loka, iid, "A1", "Kelengkapan", "disposisi.pdf", Pdf("disposisi"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(64, dasar.GetProperty("sha256").GetString()!.Length);
        var unduh = await koordinator.GetAsync($"/api/sop/dokumen/{dasar.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal(Pdf("disposisi"), await unduh.Content.ReadAsByteArrayAsync());
        await (await lain.GetAsync($"/api/sop/dokumen/{dasar.GetProperty("id").GetString()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        instans = await (await AksiAsync(loka, iid, "A1", "Mulai")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Berjalan", "2026-03-16", "TepatWaktu"), Keadaan(instans, "A1"));
        Assert.Equal(0, (await api.SapuAsync()).Pengingat);

        // Thursday 12 March: 2 HK left → one reminder, even when the sweep runs twice and on two "servers" at once.
        api.Pada(3, 12);
        Assert.Equal(("Berjalan", "2026-03-16", "MendekatiBatas"), Keadaan(await InstansAsync(loka, iid), "A1"));
        var sapuan = await Task.WhenAll(api.SapuAsync(), api.SapuAsync());
        Assert.Equal(1, sapuan.Sum(s => s.Pengingat));
        Assert.Equal(0, (await api.SapuAsync()).Pengingat);
        var notifLoka = await NotifikasiAsync(loka);
        Assert.Equal(1, Hitung(notifLoka, "Pengingat", "A1"));
        Assert.Contains("2 HK lagi", notifLoka[0].GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await NotifikasiAsync(kepala)).GetArrayLength());

        var tugas = await TugasAsync(loka);
        var t = tugas.EnumerateArray().Single(x => x.GetProperty("instansId").GetString() == iid);
        Assert.Equal(("A1", "Pelaksana", 2), (t.GetProperty("langkahKode").GetString(), t.GetProperty("peran").GetString(), t.GetProperty("hkTersisa").GetInt32()));
        Assert.DoesNotContain((await TugasAsync(koordinator)).EnumerateArray(), x => x.GetProperty("instansId").GetString() == iid);

        // Friday 13 March: output, submit; neither the performer nor the koordinator's head may approve.
        api.Pada(3, 13);
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana-advokasi.pdf", Pdf("rencana v1"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(loka, iid, "A1", "Setujui")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await AksiAsync(kepalaKoordinator, iid, "A1", "Setujui")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var tugasKepala = await TugasAsync(kepala);
        Assert.Equal("Penyetuju", tugasKepala.EnumerateArray().Single(x => x.GetProperty("instansId").GetString() == iid).GetProperty("peran").GetString());

        // Monday 16 March: approved, finished on the day it was submitted; A2 starts today: 15 HK across Nyepi and
        // Lebaran (18–24 March) → Tuesday 14 April.
        api.Pada(3, 16);
        instans = await (await AksiAsync(kepala, iid, "A1", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", "2026-03-16", "SelesaiTepatWaktu"), Keadaan(instans, "A1"));
        Assert.Equal("2026-03-13", Langkah(instans, "A1").GetProperty("tanggalSelesai").GetString());
        Assert.Equal(("Berjalan", "2026-04-14", "TepatWaktu"), Keadaan(instans, "A2"));
        await (await AksiAsync(loka, iid, "A2", "Lanjutkan")).AssertProblemAsync(HttpStatusCode.Conflict);

        // Pause on 17 March waiting for the Pemda, resume on 27 March: 17, 25 and 26 March were paused → Fri 17 April.
        api.Pada(3, 17);
        await (await AksiAsync(loka, iid, "A2", "Jeda", "Menunggu konfirmasi jadwal audiensi dari Pemda")).JsonAsync(HttpStatusCode.OK);
        api.Pada(3, 26);
        var selamaJeda = Langkah(await InstansAsync(loka, iid), "A2");
        Assert.Equal(("Dijeda", "2026-04-17"), (selamaJeda.GetProperty("status").GetString(), selamaJeda.GetProperty("sla").GetProperty("jatuhTempo").GetString()));
        api.Pada(3, 27);
        instans = await (await AksiAsync(loka, iid, "A2", "Lanjutkan")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Berjalan", "2026-04-17", "TepatWaktu"), Keadaan(instans, "A2"));

        // Monday 30 March: an admin adds a holiday on 15 April: the open step's due date moves to Monday 20 April (audited).
        api.Pada(3, 30);
        await (await admin.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = "2026-04-15", jenis = "libur_nasional", nama = "Libur uji (ditetapkan kemudian)" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Berjalan", "2026-04-20", "TepatWaktu"), Keadaan(await InstansAsync(loka, iid), "A2"));
        Assert.Equal(0, (await api.SapuAsync()).Pengingat); // recomputed when the holiday was saved; nothing due yet

        // Reminders: 16 April (2 HK left), not again on the 17th, on the due day; escalation on the 21st to the Loka's
        // head and its koordinator Balai's head, once even with overlapping sweeps.
        api.Pada(4, 16);
        Assert.Equal(1, (await api.SapuAsync()).Pengingat);
        api.Pada(4, 17);
        Assert.Equal(0, (await api.SapuAsync()).Pengingat);
        api.Pada(4, 20);
        Assert.Equal(("Berjalan", "2026-04-20", "MendekatiBatas"), Keadaan(await InstansAsync(loka, iid), "A2"));
        Assert.Equal(1, (await api.SapuAsync()).Pengingat);
        api.Pada(4, 21);
        Assert.Equal(("Berjalan", "2026-04-20", "Terlambat"), Keadaan(await InstansAsync(loka, iid), "A2"));
        sapuan = await Task.WhenAll(api.SapuAsync(), api.SapuAsync(), api.SapuAsync());
        Assert.Equal((1, 3), (sapuan.Sum(s => s.Eskalasi), sapuan.Sum(s => s.Notifikasi)));
        Assert.Equal(0, (await api.SapuAsync()).Eskalasi);
        notifLoka = await NotifikasiAsync(loka);
        Assert.Equal((2, 1), (Hitung(notifLoka, "Pengingat", "A2"), Hitung(notifLoka, "Eskalasi", "A2"))); // H-2 and due day, then overdue
        Assert.Equal(1, Hitung(await NotifikasiAsync(kepala), "Eskalasi", "A2"));
        Assert.Equal(1, Hitung(await NotifikasiAsync(kepalaKoordinator), "Eskalasi", "A2"));
        Assert.Equal(0, (await NotifikasiAsync(koordinator)).GetArrayLength());
        var terlambat = api.Perekam.Acara.OfType<LangkahTerlambat>().Single();
        Assert.Equal(("A2", new LocalDate(2026, 4, 20), 1), (terlambat.LangkahKode, terlambat.JatuhTempo, terlambat.HkTerlambat));
        Assert.Equal(1, (await (await loka.GetAsync("/api/advokasi?terlambat=true")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // Notifications are marked read.
        var belum = (await (await loka.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("belumDibaca").GetInt32();
        await (await loka.PostAsync($"/api/notifikasi/{notifLoka[0].GetProperty("id").GetString()}/dibaca", null)).JsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(belum - 1, (await (await loka.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("belumDibaca").GetInt32());
        await (await kepala.PostAsync($"/api/notifikasi/{notifLoka[1].GetProperty("id").GetString()}/dibaca", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await loka.PostAsync("/api/notifikasi/dibaca-semua", null)).JsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, (await (await loka.GetAsync("/api/notifikasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("belumDibaca").GetInt32());

        // 22 April: submitted late, returned with a reason, re-uploaded (version 2), approved on the 23rd: finished late.
        api.Pada(4, 22);
        await (await UnggahAsync(loka, iid, "A2", "Output", "bahan-audiensi.pdf", Pdf("bahan v1"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A2", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(kepala, iid, "A2", "Kembalikan")).AssertValidationProblemAsync("alasan");
        instans = await (await AksiAsync(kepala, iid, "A2", "Kembalikan", "Daftar undangan belum dilampirkan")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dikembalikan", Langkah(instans, "A2").GetProperty("status").GetString());
        Assert.Equal("Daftar undangan belum dilampirkan", Langkah(instans, "A2").GetProperty("alasanTerakhir").GetString());
        api.Pada(4, 23);
        var v2 = await (await UnggahAsync(loka, iid, "A2", "Output", "bahan-audiensi.pdf", Pdf("bahan v2"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, v2.GetProperty("versi").GetInt32());
        await (await AksiAsync(loka, iid, "A2", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "A2", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", "2026-04-20", "SelesaiTerlambat"), Keadaan(instans, "A2"));
        Assert.Equal(2, Langkah(instans, "A2").GetProperty("dokumen").GetArrayLength());

        // A3 (no HK): a planned date, the output, and the recommendations with their follow-ups.
        Assert.Equal(("Berjalan", (string?)null, "TanpaSla"), Keadaan(instans, "A3"));
        await (await loka.PutAsJsonAsync($"/api/sop/instans/{iid}/langkah/A3/rencana", new { rencanaSelesai = "2026-05-08" })).JsonAsync(HttpStatusCode.OK);
        await (await loka.PutAsJsonAsync($"/api/sop/instans/{iid}/langkah/A2/rencana", new { rencanaSelesai = "2026-05-08" })).AssertProblemAsync(HttpStatusCode.Conflict);
        var rek = await (await loka.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new
        {
            uraian = "Pemkab menerbitkan surat edaran PJAS aman untuk seluruh SD",
            penanggungJawab = "Pemerintah Kabupaten Rejang Lebong",
            targetTanggal = "2026-06-30",
        })).JsonAsync(HttpStatusCode.OK);
        await (await loka.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new { uraian = "Pelatihan kantin sekolah", penanggungJawab = "MKKS SD", targetTanggal = "2026-05-15" }))
            .JsonAsync(HttpStatusCode.OK);
        await (await loka.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new { uraian = "", penanggungJawab = "" })).AssertValidationProblemAsync("uraian", "penanggungJawab", "targetTanggal");
        await (await koordinator.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new { uraian = "x", penanggungJawab = "y", targetTanggal = "2026-06-30" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var rid = rek[0].GetProperty("id").GetString();
        rek = await (await loka.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut", new { uraian = "Rancangan surat edaran disampaikan ke Dinas Pendidikan" }))
            .JsonAsync(HttpStatusCode.OK);
        var tlid = rek[0].GetProperty("tindakLanjut")[0].GetProperty("id").GetString();
        Assert.Equal(("Open", "Open"), (rek[0].GetProperty("status").GetString(), rek[0].GetProperty("tindakLanjut")[0].GetProperty("status").GetString()));
        await (await UnggahAsync(loka, iid, "A3", "Output", "hasil-audiensi.pdf", Pdf("hasil"))).JsonAsync(HttpStatusCode.Created);
        api.Pada(4, 24);
        await (await AksiAsync(loka, iid, "A3", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "A3", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", (string?)null, "TanpaSla"), Keadaan(instans, "A3"));

        // A4: 5 HK from Friday 24 April, skipping Labour Day (1 May) → Monday 4 May.
        Assert.Equal(("Berjalan", "2026-05-04", "TepatWaktu"), Keadaan(instans, "A4"));
        api.Pada(4, 30);
        await (await UnggahAsync(loka, iid, "A4", "Output", "laporan-pelaksanaan.pdf", Pdf("laporan"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A4", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "A4", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", "2026-05-04", "SelesaiTepatWaktu"), Keadaan(instans, "A4"));

        // A5: follow-ups carried out; one closed with evidence.
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Pdf("surat edaran"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "berkas", "surat-edaran.pdf");
            form.Add(new StringContent("Surat edaran terbit 29 April 2026"), "catatan");
            rek = await (await loka.PostAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/tutup", form)).JsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal(("Close", "Close"), (rek[0].GetProperty("status").GetString(), rek[0].GetProperty("tindakLanjut")[0].GetProperty("status").GetString()));
        Assert.Equal("surat-edaran.pdf", rek[0].GetProperty("tindakLanjut")[0].GetProperty("bukti").GetProperty("namaBerkas").GetString());
        Assert.Equal("Open", rek[1].GetProperty("status").GetString());
        using (var kosong = new MultipartFormDataContent { { new StringContent("tanpa berkas"), "catatan" } })
        {
            await (await loka.PostAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/tutup", kosong)).AssertValidationProblemAsync("berkas");
        }

        api.Pada(5, 5);
        await (await UnggahAsync(loka, iid, "A5", "Output", "hasil-tindak-lanjut.pdf", Pdf("tindak lanjut"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A5", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "A5", "Setujui")).JsonAsync(HttpStatusCode.OK);

        // A6: 5 HK from Tuesday 5 May → Tuesday 12 May; approved on the 11th: the activity is complete.
        Assert.Equal(("Berjalan", "2026-05-12", "TepatWaktu"), Keadaan(instans, "A6"));
        api.Pada(5, 11);
        await (await UnggahAsync(loka, iid, "A6", "Output", "laporan-evaluasi.pdf", Pdf("evaluasi"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A6", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        instans = await (await AksiAsync(kepala, iid, "A6", "Setujui")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Selesai", (string?)null), (instans.GetProperty("status").GetString(), instans.GetProperty("langkahAktif").GetString()));
        Assert.Equal(("Selesai", "2026-05-12", "SelesaiTepatWaktu"), Keadaan(instans, "A6"));
        await (await AksiAsync(kepala, iid, "A6", "Kembalikan", "terlambat berpikir")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(api.Perekam.Acara.OfType<KegiatanSopSelesai>());
        Assert.Equal(6, api.Perekam.Acara.OfType<LangkahSelesai>().Count());
        Assert.Equal([true, false, null, true, null, true], api.Perekam.Acara.OfType<LangkahSelesai>().Select(e => e.TepatWaktu).ToArray());
        var selesai = await (await koordinator.GetAsync("/api/advokasi?status=Selesai")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, selesai.GetProperty("item")[0].GetProperty("id").GetString());
        Assert.Empty((await TugasAsync(loka)).EnumerateArray());

        // The audit trail: every transition, upload, edit and system action, with who and which unit.
        var audit = await AuditAsync(koordinator, iid);
        var baris = audit.EnumerateArray().Select(a => (
            Aksi: a.GetProperty("aksi").GetString()!, Langkah: a.GetProperty("langkahKode").GetString(), Oleh: a.GetProperty("oleh").GetString()!,
            Unit: a.GetProperty("unit").GetString(), Alasan: a.GetProperty("alasan").GetString(), Ket: a.GetProperty("keterangan").GetString())).ToList();
        Assert.Equal("Dibuat", baris[0].Aksi);
        Assert.Contains(baris, b => b is { Aksi: "Jeda", Langkah: "A2", Oleh: "loka.rejanglebong", Unit: "Loka POM di Kabupaten Rejang Lebong", Alasan: "Menunggu konfirmasi jadwal audiensi dari Pemda" });
        Assert.Contains(baris, b => b.Aksi == "HitungUlangJatuhTempo" && b.Oleh == "sistem" && b.Ket!.Contains("2026-04-17 → 2026-04-20", StringComparison.Ordinal));
        Assert.Equal(3, baris.Count(b => b is { Aksi: "Pengingat", Oleh: "sistem" })); // A1 H-2, A2 H-2 and A2 due day
        Assert.Single(baris, b => b is { Aksi: "Eskalasi", Langkah: "A2" });
        Assert.Contains(baris, b => b is { Aksi: "Kembalikan", Oleh: "kepala.rejanglebong", Alasan: "Daftar undangan belum dilampirkan" });
        Assert.Equal(5, baris.Count(b => b.Aksi == "MulaiOtomatis"));
        Assert.Equal(8, baris.Count(b => b.Aksi == "UnggahDokumen")); // A1 Kelengkapan + outputs (A2 twice); evidence is under TutupTindakLanjut
        Assert.Contains(baris, b => b.Aksi == "TutupTindakLanjut");
        Assert.Equal("KegiatanSelesai", baris[^1].Aksi);

        // …and append-only in the database itself.
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE sop.jejak_audit SET \"Alasan\" = 'diubah'", conn);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Contains("append-only", ex.MessageText, StringComparison.Ordinal);
    }
}

/// <summary>Access rules outside the walk: the Hangfire dashboard, activity creation, cross-module atomicity.</summary>
public class SopAksesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_Hangfire_dashboard_is_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await api.LoginAsync("upt.bengkulu")).GetAsync("/hangfire")).StatusCode);
        var admin = await api.LoginAsync("admin");
        var page = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bpom.Platform", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The browser path: the admin's token in the cookie the SPA sets.
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter;
        using var browser = api.CreateClient();
        browser.DefaultRequestHeaders.Add("Cookie", $"bpom_hangfire={token}");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Only_Pusat_and_UPT_staff_create_activities_and_a_failed_creation_leaves_no_SOP_instance()
    {
        var data = new
        {
            judul = "Audiensi OT",
            topik = "Obat tradisional aman",
            komoditas = "ObatTradisional",
            pemangkuKepentingan = new[] { new { jenis = "AsosiasiPelakuUsaha", nama = "GP Jamu" } },
            bentuk = "Lainnya",
            bentukLainnya = "Kunjungan lapangan",
            lokasi = "Jakarta",
            tanggalRencanaMulai = "2026-07-01",
            tanggalRencanaSelesai = "2026-07-31",
            dasarKegiatan = "Nota dinas 7/2026",
        };
        await (await (await api.LoginAsync("pimpinan")).PostAsJsonAsync("/api/advokasi", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await api.LoginAsync("kepala.kshm")).PostAsJsonAsync("/api/advokasi", data)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var pusat = await api.LoginAsync("pusat.advokasi");
        var dibuat = await (await pusat.PostAsJsonAsync("/api/advokasi", data)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Kunjungan lapangan", dibuat.GetProperty("bentukLainnya").GetString());

        // Pimpinan reads every activity; nobody else in the unit list of another unit does.
        Assert.Equal(1, (await (await (await api.LoginAsync("pimpinan")).GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await (await api.LoginAsync("upt.bengkulu")).GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // The activity and its SOP instance commit together: counts match.
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT (SELECT count(*) FROM advokasi.kegiatan), (SELECT count(*) FROM sop.instans)", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Assert.Equal((1L, 1L), (r.GetInt64(0), r.GetInt64(1)));
    }

    [Fact]
    public async Task Edits_recommendation_changes_reopening_and_cancelling_are_authorised_and_audited()
    {
        var upt = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");
        var data = new
        {
            judul = "FGD kosmetik aman",
            topik = "Kosmetik bermerkuri",
            komoditas = "Kosmetik",
            pemangkuKepentingan = new[] { new { jenis = "PelakuUsaha", nama = "Klinik kecantikan Kota Bengkulu" } },
            bentuk = "Fgd",
            lokasi = "Bengkulu",
            tanggalRencanaMulai = "2026-08-03",
            tanggalRencanaSelesai = "2026-08-31",
            dasarKegiatan = "Hasil kajian 2025",
        };
        var k = await (await upt.PostAsJsonAsync("/api/advokasi", data)).JsonAsync(HttpStatusCode.Created);
        var id = k.GetProperty("id").GetString();
        var iid = k.GetProperty("instans").GetProperty("id").GetString();

        var ubah = await (await upt.PutAsJsonAsync($"/api/advokasi/{id}", new
        {
            data.judul,
            topik = "Kosmetik mengandung merkuri",
            data.komoditas,
            data.pemangkuKepentingan,
            bentuk = "Workshop",
            data.lokasi,
            data.tanggalRencanaMulai,
            data.tanggalRencanaSelesai,
            data.dasarKegiatan,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Kosmetik mengandung merkuri", "Workshop"), (ubah.GetProperty("topik").GetString(), ubah.GetProperty("bentuk").GetString()));

        var rek = await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new { uraian = "Sosialisasi", penanggungJawab = "Dinkes", targetTanggal = "2026-09-30" })).JsonAsync(HttpStatusCode.OK);
        var rid = rek[0].GetProperty("id").GetString();
        rek = await (await upt.PutAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}", new { uraian = "Sosialisasi ke 20 klinik", penanggungJawab = "Dinkes Kota", targetTanggal = "2026-10-31" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Sosialisasi ke 20 klinik", "2026-10-31"), (rek[0].GetProperty("uraian").GetString(), rek[0].GetProperty("targetTanggal").GetString()));
        rek = await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut", new { uraian = "Surat ke Dinkes" })).JsonAsync(HttpStatusCode.OK);
        var tlid = rek[0].GetProperty("tindakLanjut")[0].GetProperty("id").GetString();
        await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/buka", new { alasan = "x" })).AssertProblemAsync(HttpStatusCode.Conflict);
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n% bukti\n%%EOF\n"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "berkas", "bukti.pdf");
            await (await upt.PostAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/tutup", form)).JsonAsync(HttpStatusCode.OK);
        }

        await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/buka", new { alasan = "" })).AssertValidationProblemAsync("alasan");
        rek = await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi/{rid}/tindak-lanjut/{tlid}/buka", new { alasan = "Surat salah alamat" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Open", rek[0].GetProperty("tindakLanjut")[0].GetProperty("status").GetString());

        // Cancelling: the performer may not, the head may (with a reason); afterwards nothing moves.
        await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/batalkan", new { alasan = "Anggaran dialihkan" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await kepala.PostAsJsonAsync($"/api/sop/instans/{iid}/batalkan", new { alasan = "" })).AssertValidationProblemAsync("alasan");
        var batal = await (await kepala.PostAsJsonAsync($"/api/sop/instans/{iid}/batalkan", new { alasan = "Anggaran dialihkan" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dibatalkan", batal.GetProperty("status").GetString());
        Assert.All(batal.GetProperty("langkah").EnumerateArray(), l => Assert.Equal("Dibatalkan", l.GetProperty("status").GetString()));
        await (await upt.PutAsJsonAsync($"/api/advokasi/{id}", data)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await upt.PostAsJsonAsync($"/api/sop/instans/{iid}/rekomendasi", new { uraian = "x", penanggungJawab = "y", targetTanggal = "2026-09-30" })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await kepala.PostAsJsonAsync($"/api/sop/instans/{iid}/batalkan", new { alasan = "lagi" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var aksi = (await (await upt.GetAsync($"/api/sop/instans/{iid}/audit")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(a => a.GetProperty("aksi").GetString()!).ToList();
        Assert.Equal(["Dibuat", "UbahKegiatan", "TambahRekomendasi", "UbahRekomendasi", "TambahTindakLanjut", "TutupTindakLanjut", "BukaKembaliTindakLanjut"], aksi.Take(7).ToArray());
        Assert.Equal(6, aksi.Count(a => a == "Batalkan"));
        Assert.Equal("KegiatanDibatalkan", aksi[^1]);
    }
}


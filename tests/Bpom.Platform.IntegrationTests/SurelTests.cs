using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Notifikasi.Application.Surel;
using Bpom.Platform.Modules.Organisasi.Application.Kalender;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using NodaTime;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>The API with e-mail on, sending to a local aiosmtpd sink started for the class.</summary>
public sealed class SurelApiFactory : SopApiFactory
{
    public const string AlamatAplikasi = "https://sop.pom.go.id";

    public SinkSmtp Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Tls", "none");
        builder.UseSetting("Email:From", "SOP BPOM <no-reply@pom.go.id>");
        builder.UseSetting("Email:AlamatAplikasi", AlamatAplikasi);
        builder.UseSetting("Email:MaksPercobaan", "3");
        builder.UseSetting("Email:BatasWaktuDetik", "5");
    }

    /// <summary>One run of the mail sender, as Hangfire runs it (its own scope).</summary>
    internal async Task KirimSurelAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PengirimSurel>().JalankanAsync(CancellationToken.None);
    }

    /// <summary>One run of the hourly digest job.</summary>
    internal async Task RingkasanAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PenyusunRingkasan>().JalankanAsync(CancellationToken.None);
    }

    internal async Task PengingatHariLiburAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PengingatHariLibur>().JalankanAsync(CancellationToken.None);
    }

    /// <summary>Sets <paramref name="username"/>'s e-mail address (as admin, through the API); returns the user's id.</summary>
    public async Task<string> AturEmailAsync(string username, string? email)
    {
        var admin = await LoginAsync("admin");
        var u = (await (await admin.GetAsync($"/api/pengguna?cari={username}")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray()
            .Single(x => x.GetProperty("username").GetString() == username);
        var id = u.GetProperty("id").GetString()!;
        var baru = await (await admin.PutAsJsonAsync($"/api/pengguna/{id}", new
        {
            namaLengkap = u.GetProperty("namaLengkap").GetString(),
            unitId = u.GetProperty("unitId").GetString(),
            peran = u.GetProperty("peran").EnumerateArray().Select(p => p.GetString()).ToArray(),
            aktif = true,
            email,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(email, baru.GetProperty("email").ValueKind == JsonValueKind.Null ? null : baru.GetProperty("email").GetString());
        return id;
    }

    /// <summary>Status and attempts of the queued mails of a user (oldest first).</summary>
    public async Task<List<(int Status, int Percobaan, string Kunci)>> AntreanAsync(string penggunaId)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("""SELECT "Status", "Percobaan", "Kunci" FROM notifikasi.surel WHERE "PenggunaId" = @p ORDER BY "DibuatPada", "Id" """, c);
        cmd.Parameters.AddWithValue("p", Guid.Parse(penggunaId));
        var hasil = new List<(int, int, string)>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            hasil.Add((r.GetInt32(0), r.GetInt32(1), r.GetString(2)));
        }

        return hasil;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

/// <summary>
/// Issue 20.1: notifications by e-mail. A step handed to a user is mailed once — with the sender run twice at once and
/// after an SMTP outage that forces a retry; deadline reminders (two sweeps) once; preferences send now, into the daily
/// digest or nowhere; the digest lists exactly the user's open steps by due date and what became overdue; a refused
/// address fails for good, shows on the admins' list and can be sent again; addresses come from the admin screen
/// or an import file.
/// </summary>
public class SurelTests(SurelApiFactory api) : IClassFixture<SurelApiFactory>
{
    private static object Kegiatan(string judul) => new
    {
        judul,
        topik = "Pasar pangan aman",
        komoditas = "PanganOlahan",
        pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Dinas Perdagangan Kabupaten Rejang Lebong" } },
        bentuk = "Audiensi",
        lokasi = "Curup",
        tanggalRencanaMulai = "2026-03-02",
        tanggalRencanaSelesai = "2026-05-29",
        dasarKegiatan = "Disposisi Kepala Loka No. 21/LOKA-RJL/2026",
    };

    private static string Teks(MimeMessage m) => m.TextBody ?? string.Empty;

    private static string Subjek(MimeMessage m) => m.Subject ?? string.Empty;

    private static string Kunci(MimeMessage m) => m.Headers["X-Bpom-Kunci"] ?? string.Empty;

    [Fact]
    public async Task A_step_handed_to_a_user_is_mailed_once_across_an_outage_two_senders_and_two_sweeps()
    {
        api.Pada(3, 2);
        await api.AturEmailAsync("kepala.rejanglebong", "kepala.rejanglebong@pom.go.id");
        await api.AturEmailAsync("loka.rejanglebong", "loka.rejanglebong@pom.go.id");
        var loka = await api.LoginAsync("loka.rejanglebong");
        var kegiatan = await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi pangan aman pasar Curup (surel)"))).JsonAsync(HttpStatusCode.Created);
        var id = kegiatan.GetProperty("id").GetString()!;
        var iid = kegiatan.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(loka, iid, "A1");
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana.pdf", Pdf("rencana"))).JsonAsync(HttpStatusCode.Created);

        // The SMTP server is down when the step is submitted: the mail waits, nothing is lost.
        api.Smtp.Hentikan();
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await api.KirimSurelAsync();
        api.Smtp.Mulai();
        Assert.Empty(api.Smtp.Untuk("kepala.rejanglebong@pom.go.id"));
        await api.KirimSurelAsync(); // not due again yet (1 minute backoff)
        Assert.Empty(api.Smtp.Untuk("kepala.rejanglebong@pom.go.id"));

        // After the backoff, two servers run the sender at once: one mail.
        api.Clock.Advance(Duration.FromMinutes(2));
        await Task.WhenAll(api.KirimSurelAsync(), api.KirimSurelAsync());
        await api.KirimSurelAsync();
        var mail = Assert.Single(api.Smtp.Untuk("kepala.rejanglebong@pom.go.id"));
        Assert.Equal("[SOP BPOM] Menunggu persetujuan: A1 Perencanaan advokasi", mail.Subject);
        Assert.Equal("no-reply@pom.go.id", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Yth. ", Teks(mail), StringComparison.Ordinal);
        Assert.Contains("Advokasi pangan aman pasar Curup (surel)", Teks(mail), StringComparison.Ordinal);
        Assert.Contains($"{SurelApiFactory.AlamatAplikasi}/advokasi/{id}#langkah-A1", Teks(mail), StringComparison.Ordinal);
        Assert.Contains($"href=\"{SurelApiFactory.AlamatAplikasi}/advokasi/{id}#langkah-A1\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Jatuh tempo:", Teks(mail), StringComparison.Ordinal);
        Assert.Contains("HK lagi", Teks(mail), StringComparison.Ordinal);
        Assert.Empty(api.Smtp.Untuk("loka.rejanglebong@pom.go.id")); // who acted is not told

        // The due day of A1: the reminder goes to the performer once, however many sweeps run.
        var jatuhTempo = NodaTime.Text.LocalDatePattern.Iso.Parse(Keadaan(await InstansAsync(loka, iid), "A1").JatuhTempo!).Value;
        var kepala = await api.LoginAsync("kepala.rejanglebong");
        await (await AksiAsync(kepala, iid, "A1", "Kembalikan", "Lengkapi jadwal audiensi")).JsonAsync(HttpStatusCode.OK);
        api.Pada(jatuhTempo.Month, jatuhTempo.Day);
        await api.SapuAsync();
        await api.SapuAsync();
        await Task.WhenAll(api.KirimSurelAsync(), api.KirimSurelAsync());
        var untukLoka = api.Smtp.Untuk("loka.rejanglebong@pom.go.id");
        Assert.Single(untukLoka, m => Subjek(m).StartsWith("[SOP BPOM] Dikembalikan: A1", StringComparison.Ordinal));
        var pengingat = Assert.Single(untukLoka, m => m.Subject == "[SOP BPOM] Jatuh tempo hari ini: A1 Perencanaan advokasi");
        Assert.Contains("hari ini batas terakhirnya", Teks(pengingat), StringComparison.Ordinal);
        Assert.StartsWith("notifikasi:", Kunci(pengingat), StringComparison.Ordinal);
        Assert.Equal(api.Smtp.Pesan().Count, api.Smtp.Pesan().Select(Kunci).Distinct().Count());
    }

    [Fact]
    public async Task Preferences_send_now_into_the_digest_or_nowhere_and_the_digest_lists_the_users_open_steps()
    {
        api.Pada(3, 2);
        var lokaId = await api.AturEmailAsync("upt.bengkulu", "upt.bengkulu@pom.go.id");
        await api.AturEmailAsync("kepala.bengkulu", "kepala.bengkulu@pom.go.id");
        var loka = await api.LoginAsync("upt.bengkulu");
        var kepala = await api.LoginAsync("kepala.bengkulu");

        // Bad preferences are refused and change nothing; a stale If-Match is refused.
        var awal = await (await loka.GetAsync("/api/notifikasi/preferensi")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Segera", "Segera", "Segera", true, "upt.bengkulu@pom.go.id", true),
            (awal.GetProperty("pengingat").GetString(), awal.GetProperty("eskalasi").GetString(), awal.GetProperty("informasi").GetString(),
                awal.GetProperty("jamRingkasanBawaan").GetBoolean(), awal.GetProperty("email").GetString(), awal.GetProperty("surelAktif").GetBoolean()));
        await (await loka.PutAsJsonAsync("/api/notifikasi/preferensi", new { pengingat = "Kadang", eskalasi = "Segera", informasi = "Segera" }))
            .AssertValidationProblemAsync();
        await (await loka.PutAsJsonAsync("/api/notifikasi/preferensi", new { pengingat = "Segera", eskalasi = "Segera", informasi = "Segera", jamRingkasan = 24 }))
            .AssertValidationProblemAsync("jamRingkasan");
        var pref = await (await loka.PutAsJsonAsync("/api/notifikasi/preferensi", new { pengingat = "Tidak", eskalasi = "Segera", informasi = "Ringkasan", jamRingkasan = 7 }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Tidak", "Ringkasan", 7), (pref.GetProperty("pengingat").GetString(), pref.GetProperty("informasi").GetString(), pref.GetProperty("jamRingkasan").GetInt32()));
        using (var basi = new HttpRequestMessage(HttpMethod.Put, "/api/notifikasi/preferensi"))
        {
            basi.Content = JsonContent.Create(new { pengingat = "Segera", eskalasi = "Segera", informasi = "Segera" });
            basi.Headers.TryAddWithoutValidation("If-Match", awal.GetProperty("etag").GetString());
            Assert.Equal(HttpStatusCode.PreconditionFailed, (await loka.SendAsync(basi)).StatusCode);
        }

        Assert.Equal("Ringkasan", (await (await loka.GetAsync("/api/notifikasi/preferensi")).JsonAsync(HttpStatusCode.OK)).GetProperty("informasi").GetString());

        // A return (Informasi) goes into the digest, not by itself.
        var kegiatan = await (await loka.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi PJAS Curup (ringkasan)"))).JsonAsync(HttpStatusCode.Created);
        var iid = kegiatan.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(loka, iid, "A1");
        await (await UnggahAsync(loka, iid, "A1", "Output", "rencana.pdf", Pdf("rencana"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(loka, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await (await AksiAsync(kepala, iid, "A1", "Kembalikan", "Lampirkan daftar undangan")).JsonAsync(HttpStatusCode.OK);
        await api.KirimSurelAsync();
        Assert.DoesNotContain(api.Smtp.Untuk("upt.bengkulu@pom.go.id"), m => Teks(m).Contains("Advokasi PJAS Curup (ringkasan)", StringComparison.Ordinal));
        Assert.Contains(await api.AntreanAsync(lokaId), r => r.Status == 5);

        // Before 07:00 local, no digest; from 07:00, one, however often (and on how many servers) the job runs.
        var besok = new LocalDate(2026, 3, 3);
        api.Clock.Reset(besok.At(new LocalTime(6, 30)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await api.RingkasanAsync();
        await api.KirimSurelAsync();
        Assert.DoesNotContain(api.Smtp.Untuk("upt.bengkulu@pom.go.id"), m => Subjek(m).Contains("Ringkasan harian", StringComparison.Ordinal));
        api.Clock.Reset(besok.At(new LocalTime(7, 5)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await Task.WhenAll(api.RingkasanAsync(), api.RingkasanAsync());
        await api.RingkasanAsync();
        await api.KirimSurelAsync();
        var ringkasan = Assert.Single(api.Smtp.Untuk("upt.bengkulu@pom.go.id"), m => Subjek(m).Contains("Ringkasan harian", StringComparison.Ordinal));
        var isi = Teks(ringkasan);
        Assert.Contains("Lampirkan daftar undangan", isi, StringComparison.Ordinal); // the collected return notice

        // Exactly the user's open steps: every one Tugas Saya holds, nothing else, in its order.
        var tugas = (await (await loka.GetAsync("/api/tugas-saya?ukuran=100")).JsonAsync(HttpStatusCode.OK));
        var judul = tugas.GetProperty("item").EnumerateArray().Select(t => $"{t.GetProperty("langkahKode").GetString()} {t.GetProperty("namaLangkah").GetString()} — {t.GetProperty("judul").GetString()}").ToList();
        Assert.NotEmpty(judul);
        Assert.Contains($"Anda memiliki {tugas.GetProperty("total").GetInt32()} langkah SOP terbuka", isi, StringComparison.Ordinal);
        var mulai = isi.IndexOf("LANGKAH TERBUKA", StringComparison.Ordinal);
        var bagian = isi[mulai..isi.IndexOf("PEMBERITAHUAN SEJAK", mulai, StringComparison.Ordinal)];
        var posisi = judul.Select(j => bagian.IndexOf(j, StringComparison.Ordinal)).ToList();
        Assert.All(posisi, p => Assert.True(p >= 0));
        Assert.Equal(posisi.Order().ToList(), posisi);
        Assert.Equal(judul.Count, bagian.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.DoesNotContain("BARU MELEWATI TENGGAT", isi, StringComparison.Ordinal);

        // Reminders: in-app only for this user. Past A1's due date the next digest names it as newly overdue.
        var jatuhTempo = NodaTime.Text.LocalDatePattern.Iso.Parse(Keadaan(await InstansAsync(loka, iid), "A1").JatuhTempo!).Value;
        api.Pada(jatuhTempo.Month, jatuhTempo.Day);
        await api.SapuAsync();
        await api.KirimSurelAsync();
        Assert.DoesNotContain(api.Smtp.Untuk("upt.bengkulu@pom.go.id"), m => Subjek(m).Contains("Jatuh tempo hari ini: A1", StringComparison.Ordinal));
        Assert.Contains(await api.AntreanAsync(lokaId), r => r.Status == 4); // Dilewati
        var lusa = jatuhTempo.PlusDays(1);
        api.Clock.Reset(lusa.At(new LocalTime(8, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await api.RingkasanAsync();
        await api.KirimSurelAsync();
        var kedua = api.Smtp.Untuk("upt.bengkulu@pom.go.id").Where(m => Subjek(m).Contains("Ringkasan harian", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, kedua.Count);
        var terlambat = Teks(kedua[1]);
        var baru = terlambat[terlambat.IndexOf("BARU MELEWATI TENGGAT", StringComparison.Ordinal)..terlambat.IndexOf("LANGKAH TERBUKA", StringComparison.Ordinal)];
        Assert.Contains("A1 Perencanaan advokasi — Advokasi PJAS Curup (ringkasan)", baru, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_address_fails_for_good_admins_see_it_and_send_it_again_to_the_fixed_address()
    {
        api.Pada(3, 2);
        var upt = await api.BuatPenggunaAsync("upt.jambi.surel", "Balai POM di Jambi", "Upt");
        var kepala = await api.BuatPenggunaAsync("kepala.jambi.surel", "Balai POM di Jambi", "KepalaUnit");
        var kepalaId = await api.AturEmailAsync("kepala.jambi.surel", "tolak.kepala@pom.go.id");
        var uptId = await api.AturEmailAsync("upt.jambi.surel", "sibuk.upt@pom.go.id");
        var kegiatan = await (await upt.PostAsJsonAsync("/api/advokasi", Kegiatan("Advokasi pangan Jambi (alamat ditolak)"))).JsonAsync(HttpStatusCode.Created);
        var iid = kegiatan.GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(upt, iid, "A1");
        await (await UnggahAsync(upt, iid, "A1", "Output", "rencana.pdf", Pdf("rencana"))).JsonAsync(HttpStatusCode.Created);
        await (await AksiAsync(upt, iid, "A1", "Ajukan")).JsonAsync(HttpStatusCode.OK);
        await api.KirimSurelAsync();
        Assert.Equal(3, Assert.Single(await api.AntreanAsync(kepalaId)).Status); // 550: failed for good at once

        var admin = await api.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await upt.GetAsync("/api/notifikasi/surel/gagal")).StatusCode);
        var gagal = (await (await admin.GetAsync("/api/notifikasi/surel/gagal")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray()
            .Single(s => s.GetProperty("alamat").GetString() == "tolak.kepala@pom.go.id");
        Assert.Contains("550", gagal.GetProperty("galat").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, gagal.GetProperty("percobaan").GetInt32());

        // Fixed address, sent again: it arrives once; a second resend finds nothing to resend.
        await api.AturEmailAsync("kepala.jambi.surel", "kepala.jambi@pom.go.id");
        var surelId = gagal.GetProperty("id").GetString();
        await (await admin.PostAsync($"/api/notifikasi/surel/{surelId}/kirim-ulang", null)).JsonAsync(HttpStatusCode.NoContent);
        await api.KirimSurelAsync();
        Assert.Single(api.Smtp.Untuk("kepala.jambi@pom.go.id"), m => Subjek(m).Contains("Menunggu persetujuan", StringComparison.Ordinal));
        await (await admin.PostAsync($"/api/notifikasi/surel/{surelId}/kirim-ulang", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        // 451 (try later) is retried with backoff and fails for good after the configured 3 attempts.
        await (await AksiAsync(kepala, iid, "A1", "Kembalikan", "Perbaiki anggaran")).JsonAsync(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++)
        {
            await api.KirimSurelAsync();
            api.Clock.Advance(Duration.FromMinutes(20));
        }

        var sibuk = Assert.Single(await api.AntreanAsync(uptId));
        Assert.Equal((3, 3), (sibuk.Status, sibuk.Percobaan));
        Assert.Empty(api.Smtp.Untuk("sibuk.upt@pom.go.id"));
    }

    [Fact]
    public async Task Admins_set_addresses_on_the_user_screen_or_by_import_and_bad_rows_change_nothing()
    {
        var admin = await api.LoginAsync("admin");
        var u = (await (await admin.GetAsync("/api/pengguna?cari=pusat.advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray().Single();
        await (await admin.PutAsJsonAsync($"/api/pengguna/{u.GetProperty("id").GetString()}", new
        {
            namaLengkap = u.GetProperty("namaLengkap").GetString(),
            unitId = u.GetProperty("unitId").GetString(),
            peran = u.GetProperty("peran").EnumerateArray().Select(p => p.GetString()).ToArray(),
            aktif = true,
            email = "bukan-alamat",
        })).AssertValidationProblemAsync("email");

        async Task<HttpResponseMessage> Impor(string csv)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "berkas", "email.csv");
            return await admin.PostAsync("/api/pengguna/impor-email", form);
        }

        var buruk = await Impor("nama_pengguna,email\npusat.advokasi,advokasi@pom.go.id\ntidak.ada,x@pom.go.id\nppsdm,bukan alamat\n");
        var masalah = await buruk.AssertValidationProblemAsync();
        Assert.Contains("tidak.ada", masalah.ToString(), StringComparison.Ordinal);
        Assert.Contains("Baris 4", masalah.ToString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null,
            (await (await admin.GetAsync("/api/pengguna?cari=pusat.advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray().Single().GetProperty("email").ValueKind);

        var hasil = await (await Impor("nama_pengguna,email\nPusat.Advokasi, Advokasi@POM.go.id \nppsdm,ppsdm@pom.go.id\n")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, hasil.GetProperty("diperbarui").GetInt32());
        Assert.Equal("advokasi@pom.go.id",
            (await (await admin.GetAsync("/api/pengguna?cari=pusat.advokasi")).JsonAsync(HttpStatusCode.OK)).GetProperty("item").EnumerateArray().Single().GetProperty("email").GetString());
        var lagi = await (await Impor("nama_pengguna,email\nppsdm,ppsdm@pom.go.id\n")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 1), (lagi.GetProperty("diperbarui").GetInt32(), lagi.GetProperty("tidakBerubah").GetInt32()));
        var upt = await api.LoginAsync("upt.bengkulu");
        Assert.Equal(HttpStatusCode.Forbidden, (await upt.PostAsync("/api/pengguna/impor-email", new MultipartFormDataContent())).StatusCode);
    }

    [Fact]
    public async Task From_1_October_admins_are_told_once_a_month_when_next_years_holidays_are_missing()
    {
        await api.AturEmailAsync("admin", "admin@pom.go.id");
        async Task<int> Peringatan() => (await NotifikasiAsync(await api.LoginAsync("admin"))).EnumerateArray()
            .Count(n => n.GetProperty("judul").GetString() == "Data hari libur 2027 belum dimuat");

        api.Clock.Reset(new LocalDate(2026, 9, 30).At(new LocalTime(8, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await api.PengingatHariLiburAsync();
        Assert.Equal(0, await Peringatan());

        api.Clock.Reset(new LocalDate(2026, 10, 1).At(new LocalTime(8, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await api.PengingatHariLiburAsync();
        await api.PengingatHariLiburAsync();
        Assert.Equal(1, await Peringatan());
        await api.KirimSurelAsync();
        var mail = Assert.Single(api.Smtp.Untuk("admin@pom.go.id"), m => m.Subject == "[SOP BPOM] Data hari libur 2027 belum dimuat");
        Assert.Contains($"{SurelApiFactory.AlamatAplikasi}/kalender", Teks(mail), StringComparison.Ordinal);

        api.Clock.Reset(new LocalDate(2026, 11, 2).At(new LocalTime(8, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant());
        await api.PengingatHariLiburAsync();
        Assert.Equal(2, await Peringatan());
    }
}

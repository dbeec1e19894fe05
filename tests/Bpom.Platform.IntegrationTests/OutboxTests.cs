using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Npgsql;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>Makes Kinerja's step-fact handler throw while <see cref="Gagal"/> is on (a broken handler, a database
/// hiccup in another module): the SOP transition must still succeed and the fact arrive later.</summary>
public sealed class SaklarGangguan
{
    public volatile bool Gagal;

    public int Panggilan;
}

internal sealed class KinerjaYangGagal(SaklarGangguan saklar, IServiceProvider services) : INotificationHandler<LangkahDimulai>
{
    public Task Handle(LangkahDimulai notification, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref saklar.Panggilan);
        if (saklar.Gagal)
        {
            throw new InvalidOperationException("Kinerja sedang tidak dapat menulis.");
        }

        return ((INotificationHandler<LangkahDimulai>)ActivatorUtilities.CreateInstance<PencatatLangkahSop>(services)).Handle(notification, cancellationToken);
    }
}

public class OutboxFactory : ApiFactory
{
    public SaklarGangguan Saklar { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Saklar);

        // Kinerja's own registration for LangkahDimulai is replaced by the same handler behind a switch.
        services.RemoveAll<INotificationHandler<LangkahDimulai>>();
        services.AddScoped<INotificationHandler<LangkahDimulai>, KinerjaYangGagal>();
    }
}

/// <summary>The API again on the outbox factory's database, after the first instance "crashed": it delivers on start.</summary>
public sealed class InstansSesudahMati(string connectionString, Instant sekarang) : ApiFactory(connectionString, sekarang)
{
    protected override bool OutboxLatar => true;
}

/// <summary>The first instance: it commits but never delivers (killed right after the commit).</summary>
public sealed class InstansYangMati : ApiFactory
{
    protected override bool OutboxKirimSegera => false;
}

public class OutboxTests(OutboxFactory api) : IClassFixture<OutboxFactory>
{
    private static object Kegiatan(string judul) => new
    {
        judul,
        program = "DesaPanganAman",
        komunitas = new[] { new { jenis = "Desa", nama = "Desa Outbox", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" } },
        bentuk = "PembentukanKaderKomunitas",
        kader = Array.Empty<object>(),
        jumlahPeserta = 10,
        lokasi = "Balai Desa",
        tanggalRencanaMulai = "2026-07-06",
        tanggalRencanaSelesai = "2026-11-30",
        dasarKegiatan = "Rencana kerja",
    };

    private static async Task<string> MulaiKegiatanAsync(HttpClient balai, string judul)
    {
        var iid = (await (await balai.PostAsJsonAsync("/api/pemberdayaan", Kegiatan(judul))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("instans").GetProperty("id").GetString()!;
        var instans = await MulaiAsync(balai, iid, "C1");
        Assert.Equal("Berjalan", Langkah(instans, "C1").GetProperty("status").GetString());
        return iid;
    }

    private static async Task<(int Jumlah, Instant? Diperbarui)> FaktaAsync(string connectionString, string iid)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            """SELECT count(*), max("DiperbaruiPada") FROM kinerja.langkah_sop WHERE "InstansId" = @i AND "LangkahKode" = 'C1'""", conn);
        cmd.Parameters.AddWithValue("i", Guid.Parse(iid));
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (Convert.ToInt32(r.GetInt64(0)), r.IsDBNull(1) ? null : Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.GetDateTime(1), DateTimeKind.Utc)));
    }

    private async Task<PesanOutbox> PesanMulaiAsync(string iid)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var semua = await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Pesan.AsNoTracking()
            .Where(p => p.Jenis == typeof(LangkahDimulai).FullName).ToListAsync();
        return semua.Single(p => p.Isi.Contains(iid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throwing_Kinerja_handler_leaves_the_transition_200_and_the_fact_is_delivered_on_retry()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        api.Saklar.Gagal = true;
        var iid = await MulaiKegiatanAsync(balai, "Outbox: penangan gagal");

        // Committed and answered 200; Kinerja has no fact yet; the message waits with the error and a back-off.
        Assert.Equal(0, (await FaktaAsync(api.ConnectionString, iid)).Jumlah);
        var pesan = await PesanMulaiAsync(iid);
        Assert.Equal(StatusPesan.Menunggu, pesan.Status);
        Assert.Equal(1, pesan.Percobaan);
        Assert.Contains("Kinerja sedang tidak dapat menulis", pesan.GalatTerakhir, StringComparison.Ordinal);
        Assert.True(pesan.BerikutnyaPada > api.Clock.GetCurrentInstant());

        // Not due yet: a background pass leaves it alone.
        await api.KirimOutboxAsync();
        Assert.Equal(1, (await PesanMulaiAsync(iid)).Percobaan);

        // Kinerja recovers; after the back-off the pass delivers it.
        api.Saklar.Gagal = false;
        api.Clock.Advance(Duration.FromMinutes(1));
        await api.KirimOutboxAsync();
        Assert.Equal(1, (await FaktaAsync(api.ConnectionString, iid)).Jumlah);
        pesan = await PesanMulaiAsync(iid);
        Assert.Equal((StatusPesan.Terkirim, 2), (pesan.Status, pesan.Percobaan));
        Assert.Null(pesan.GalatTerakhir);
    }

    [Fact]
    public async Task An_event_delivered_twice_changes_nothing()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        api.Saklar.Gagal = false;
        var iid = await MulaiKegiatanAsync(balai, "Outbox: dua kali");
        var sekali = await FaktaAsync(api.ConnectionString, iid);
        Assert.Equal(1, sekali.Jumlah);
        var pesan = await PesanMulaiAsync(iid);
        Assert.Equal(StatusPesan.Terkirim, pesan.Status);

        // The same message comes round again (its acknowledgement was lost): the inbox keeps the handler from running.
        var panggilan = api.Saklar.Panggilan;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Pesan.Where(p => p.Id == pesan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, StatusPesan.Menunggu));
        }

        api.Clock.Advance(Duration.FromMinutes(5));
        await api.KirimOutboxAsync();
        Assert.Equal(panggilan, api.Saklar.Panggilan);
        Assert.Equal(StatusPesan.Terkirim, (await PesanMulaiAsync(iid)).Status);

        // The same fact published twice (a second message with the same event): the handler itself changes nothing.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutboxDbContext>();
            db.Pesan.Add(new PesanOutbox
            {
                Id = Guid.CreateVersion7(),
                Jenis = pesan.Jenis,
                Isi = pesan.Isi,
                DibuatPada = api.Clock.GetCurrentInstant(),
                BerikutnyaPada = api.Clock.GetCurrentInstant(),
            });
            await db.SaveChangesAsync();
        }

        await api.KirimOutboxAsync();
        Assert.Equal(panggilan + 1, api.Saklar.Panggilan);
        Assert.Equal(sekali, await FaktaAsync(api.ConnectionString, iid));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_becomes_a_dead_letter_and_ready_reports_degraded()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        api.Saklar.Gagal = true;
        var iid = await MulaiKegiatanAsync(balai, "Outbox: surat mati");
        try
        {
            for (var i = 0; i < 12 && (await PesanMulaiAsync(iid)).Status == StatusPesan.Menunggu; i++)
            {
                api.Clock.Advance(Duration.FromHours(2));
                await api.KirimOutboxAsync();
            }

            var pesan = await PesanMulaiAsync(iid);
            Assert.Equal((StatusPesan.Gagal, 10), (pesan.Status, pesan.Percobaan));
            var ready = await api.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var isi = await ready.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.Equal("Degraded", isi.GetProperty("status").GetString());
            Assert.Contains(isi.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "outbox" && c.GetProperty("status").GetString() == "Degraded");
        }
        finally
        {
            api.Saklar.Gagal = false;
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDbContext>().Pesan.Where(p => p.Status == StatusPesan.Gagal).ExecuteDeleteAsync();
        }
    }
}

/// <summary>A crash between the commit and the delivery: the next instance delivers what the outbox holds.</summary>
public class OutboxRestartTests(InstansYangMati api) : IClassFixture<InstansYangMati>
{
    [Fact]
    public async Task A_kill_between_commit_and_delivery_delivers_on_restart()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        var iid = (await (await balai.PostAsJsonAsync("/api/pemberdayaan", new
        {
            judul = "Outbox: mati sesudah commit",
            program = "DesaPanganAman",
            komunitas = new[] { new { jenis = "Desa", nama = "Desa Restart", provinsi = "Bengkulu", kabupatenKota = "Kota Bengkulu" } },
            bentuk = "PembentukanKaderKomunitas",
            kader = Array.Empty<object>(),
            jumlahPeserta = 10,
            lokasi = "Balai Desa",
            tanggalRencanaMulai = "2026-07-06",
            tanggalRencanaSelesai = "2026-11-30",
            dasarKegiatan = "Rencana kerja",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;
        await MulaiAsync(balai, iid, "C1");
        Assert.Equal(0, await JumlahFaktaAsync(api.ConnectionString, iid));

        // The instance goes away with the message committed but not delivered.
        await api.DisposeAsync();

        await using var baru = new InstansSesudahMati(api.ConnectionString, api.Clock.GetCurrentInstant());
        await ((IAsyncLifetime)baru).InitializeAsync();
        var sampai = DateTime.UtcNow.AddSeconds(30);
        while (await JumlahFaktaAsync(baru.ConnectionString, iid) == 0 && DateTime.UtcNow < sampai)
        {
            await Task.Delay(200);
        }

        Assert.Equal(1, await JumlahFaktaAsync(baru.ConnectionString, iid));
    }

    private static async Task<long> JumlahFaktaAsync(string connectionString, string iid)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""SELECT count(*) FROM kinerja.langkah_sop WHERE "InstansId" = @i""", conn);
        cmd.Parameters.AddWithValue("i", Guid.Parse(iid));
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}

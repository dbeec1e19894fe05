using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using static Bpom.Platform.IntegrationTests.Infrastructure.SopUji;

namespace Bpom.Platform.IntegrationTests;

/// <summary>A pool of three connections that gives up after two seconds of waiting.</summary>
public sealed class KolamKecilFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Bpom", new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 2, MaxPoolSize = 3 }.ConnectionString);
    }
}

/// <summary>A command gives its connection back when it commits: the deliveries of its events right after (and the
/// rest of the request) take connections of their own, so concurrent commands beyond the pool's size queue instead of
/// starving it.</summary>
public class KolamKoneksiTests(KolamKecilFactory api) : IClassFixture<KolamKecilFactory>
{
    [Fact]
    public async Task Twelve_concurrent_step_starts_on_a_pool_of_three_all_commit_and_deliver_their_events_at_once()
    {
        var balai = await api.LoginAsync("upt.bengkulu");
        var tanda = Guid.NewGuid().ToString("N")[..8];
        var dibuat = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => balai.PostAsJsonAsync("/api/advokasi", new
        {
            judul = $"Advokasi kolam {tanda} {i}",
            topik = "Uji kolam koneksi",
            komoditas = "PanganOlahan",
            pemangkuKepentingan = new[] { new { jenis = "PemerintahDaerah", nama = "Pemerintah Kota Bengkulu" } },
            bentuk = "Audiensi",
            lokasi = "Bengkulu",
            tanggalRencanaMulai = "2026-03-02",
            tanggalRencanaSelesai = "2026-03-31",
            dasarKegiatan = "Uji",
        })));
        var instans = new List<string>();
        foreach (var respon in dibuat)
        {
            var iid = (await respon.JsonAsync(HttpStatusCode.Created)).GetProperty("instans").GetProperty("id").GetString()!;
            await (await UnggahAsync(balai, iid, "A1", "Kelengkapan", "dasar.pdf", Pdf("dasar"))).JsonAsync(HttpStatusCode.Created);
            instans.Add(iid);
        }

        // Starting a step publishes events (Kinerja's facts, notifications): delivered after each commit.
        var mulai = await Task.WhenAll(instans.Select(iid => AksiAsync(balai, iid, "A1", "Mulai")));
        Assert.All(mulai, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Every event was delivered right after its commit: none waits for the background pass.
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""SELECT count(*) FILTER (WHERE "Status" = 1), count(*) FROM outbox.pesan""", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Assert.True(r.GetInt64(1) >= 12, $"{r.GetInt64(1)} outbox messages");
        Assert.Equal(r.GetInt64(1), r.GetInt64(0));
    }
}

using System.Net;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>An API whose <c>ConnectionStrings:BpomBaca</c> names a read replica: here the same database reached as a
/// read-only session under its own application name, so the test sees which requests used it.</summary>
public sealed class ReplikaApiFactory : ApiFactory
{
    public const string NamaAplikasi = "bpom-replika-uji";

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var baca = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = NamaAplikasi, Options = "-c default_transaction_read_only=on" };
        builder.UseSetting("ConnectionStrings:BpomBaca", baca.ConnectionString);
    }
}

/// <summary>Issue 19.1: heavy national reports read from the replica connection, every other request and every write
/// from the primary.</summary>
public class ReplikaBacaTests(ReplikaApiFactory api) : IClassFixture<ReplikaApiFactory>
{
    private async Task<long> KoneksiReplikaAsync()
    {
        await using var koneksi = new NpgsqlConnection(api.ConnectionString);
        await koneksi.OpenAsync();
        await using var perintah = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @n", koneksi);
        perintah.Parameters.AddWithValue("n", ReplikaApiFactory.NamaAplikasi);
        return (long)(await perintah.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Reports_go_to_the_replica_and_the_rest_to_the_primary()
    {
        var admin = await api.LoginAsync("admin");
        await (await admin.GetAsync("/api/advokasi?halaman=1&ukuran=5")).JsonAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/tugas-saya")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, await KoneksiReplikaAsync());

        // A national recap (read-only session: it would fail if it wrote) is served from the replica's pool.
        var tahun = DateTime.UtcNow.Year;
        await (await admin.GetAsync($"/api/kinerja/perbandingan?tahun={tahun}&periode=TW1")).JsonAsync(HttpStatusCode.OK);
        Assert.True(await KoneksiReplikaAsync() >= 1);

        // A write after it (a login opens a session) still commits on the primary; its reads see it.
        var pimpinan = await api.LoginAsync("pimpinan");
        await (await pimpinan.GetAsync("/api/tugas-saya")).JsonAsync(HttpStatusCode.OK);
    }
}

using System.Net;
using System.Net.Http.Json;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Npgsql;

namespace Bpom.Platform.IntegrationTests;

/// <summary>The API reaching its database through a relay the test can cut (<see cref="PemutusJaringan"/>).</summary>
public sealed class BasisDataPutusApiFactory : ApiFactory
{
    private PemutusJaringan? _relai;

    public PemutusJaringan Relai => _relai ?? throw new InvalidOperationException("Relai belum dibuat.");

    protected override string KoneksiApi(string connectionString)
    {
        var asli = new NpgsqlConnectionStringBuilder(connectionString);
        _relai ??= new PemutusJaringan(asli.Host!, asli.Port);
        if (_relai.Port == 0)
        {
            _relai.Sambung();
        }

        // Short timeouts: the outage is noticed in seconds, as an operator would configure it.
        return new NpgsqlConnectionStringBuilder(connectionString) { Port = _relai.Port, Timeout = 3, CommandTimeout = 5 }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_relai is not null)
        {
            await _relai.DisposeAsync();
        }
    }
}

/// <summary>Issue 16.4: while the database cannot be reached the API answers 503 ProblemDetails with Retry-After — not
/// 500 — reads and writes alike; a write refused then left nothing behind, and the API serves again once the
/// database is back, without a restart.</summary>
public class BasisDataPutusTests(BasisDataPutusApiFactory api) : IClassFixture<BasisDataPutusApiFactory>
{
    private static object Data(string judul) => SopUji.DataAdvokasi(judul);

    [Fact]
    public async Task A_database_outage_is_503_with_Retry_After_and_loses_or_half_writes_nothing()
    {
        var upt = await api.LoginAsync("upt.bengkulu");
        await (await upt.GetAsync("/api/advokasi")).JsonAsync(HttpStatusCode.OK);

        api.Relai.Putus();
        try
        {
            foreach (var respons in new[]
                     {
                         await upt.GetAsync("/api/advokasi"),
                         await upt.PostAsJsonAsync("/api/advokasi", Data("Advokasi saat basis data putus")),
                         await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "upt.bengkulu", password = ApiFactory.DemoPassword }),
                     })
            {
                var problem = await respons.JsonAsync(HttpStatusCode.ServiceUnavailable);
                Assert.Equal(503, problem.GetProperty("status").GetInt32());
                Assert.StartsWith("application/problem+json", respons.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
                Assert.True(int.TryParse(respons.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? respons.Headers.GetValues("Retry-After").Single(), out var detik) && detik > 0);
                Assert.DoesNotContain("Npgsql", problem.ToString(), StringComparison.Ordinal); // no internals leak
            }

            // Liveness stays up (the process is fine), readiness reports the outage.
            Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.CreateClient().GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            api.Relai.Sambung();
        }

        // Back without a restart; the refused write left nothing.
        var daftar = await (await upt.GetAsync("/api/advokasi?cari=putus")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, daftar.GetProperty("total").GetInt32());
        await (await upt.PostAsJsonAsync("/api/advokasi", Data("Advokasi setelah basis data kembali"))).JsonAsync(HttpStatusCode.Created);
    }
}

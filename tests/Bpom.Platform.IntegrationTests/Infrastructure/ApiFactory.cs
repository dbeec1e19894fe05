using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>The API on a fresh PostgreSQL database (one per test class), migrated and seeded, with a movable clock.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string? _databaseLama;

    public ApiFactory()
    {
    }

    /// <summary>The API on an existing database (migrated again, never dropped): a restarted instance.</summary>
    protected ApiFactory(string connectionString, Instant sekarang)
    {
        _databaseLama = connectionString;
        ConnectionString = connectionString;
        Clock = new FakeClock(sekarang);
    }

    public const string DemoPassword = "Bpom#2026dev";
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    /// <summary>Starts at the real time, or at <c>BPOM_UJI_SEKARANG</c> (an ISO instant such as
    /// <c>2026-12-03T15:30:00Z</c>) to run the suite as if at another hour (date changes in WIT/WITA/WIB).</summary>
    public FakeClock Clock { get; } = new(SekarangAwal());

    private static Instant SekarangAwal()
    {
        var disetel = Environment.GetEnvironmentVariable("BPOM_UJI_SEKARANG");
        return string.IsNullOrWhiteSpace(disetel)
            ? SystemClock.Instance.GetCurrentInstant()
            : NodaTime.Text.InstantPattern.ExtendedIso.Parse(disetel).GetValueOrThrow();
    }

    /// <summary>Deliver outbox messages right after commit (the default). Off: a crash right after the commit.</summary>
    protected virtual bool OutboxKirimSegera => true;

    /// <summary>Run the outbox's background pass. Off by default: tests run passes themselves (<see cref="KirimOutboxAsync"/>).</summary>
    protected virtual bool OutboxLatar => false;

    /// <summary>Seconds a recap is kept (off by default: tests change data behind the mediator's back and read at
    /// once; <c>RekapSingkatTests</c> turns it on).</summary>
    protected virtual int RekapDisimpanDetik => 0;

    /// <summary>Rate limits on (off by default: tests log in many times from one address).</summary>
    protected virtual bool BatasLajuAktif => false;

    public string ConnectionString { get; private set; } = string.Empty;

    protected virtual string EnvironmentName => "Testing";

    protected virtual bool SeedDemoUsers => true;

    /// <summary>Migrate and seed when the fixture starts (off: the test builds an older schema itself).</summary>
    protected virtual bool MigrasiSaatMulai => true;

    public async Task InitializeAsync()
    {
        ConnectionString = _databaseLama ?? await PostgresServer.CreateDatabaseAsync();
        if (MigrasiSaatMulai)
        {
            await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_databaseLama is null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Bpom", KoneksiApi(ConnectionString));
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Seed:DemoUsers", SeedDemoUsers ? "true" : "false");
        builder.UseSetting("Kalender:PemeriksaanHarian", "false");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Outbox:KirimSegera", OutboxKirimSegera ? "true" : "false");
        builder.UseSetting("Outbox:Latar", OutboxLatar ? "true" : "false");
        builder.UseSetting("Outbox:IntervalDetik", "1");

        // Tests log in often from one address; the limits have their own tests (BatasLajuTests).
        builder.UseSetting("BatasLaju:Aktif", BatasLajuAktif ? "true" : "false");
        builder.UseSetting("Auth:PenundaanGagalMs", "0");
        builder.UseSetting("Laporan:SimpanDetik", RekapDisimpanDetik.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Keamanan:WajibHttps", "false"); // TestServer speaks http; HttpsTests turns it on
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            ConfigureTestServices(services);
        });
    }

    /// <summary>The connection string the API uses (the test database's by default; a relay's to cut the network).</summary>
    protected virtual string KoneksiApi(string connectionString) => connectionString;

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>One background pass of the outbox, as the hosted service runs it.</summary>
    public Task<int> KirimOutboxAsync() => Services.GetRequiredService<PengirimOutbox>().KirimTertundaAsync(CancellationToken.None);

    /// <summary>A client signed in as <paramref name="username"/>.</summary>
    /// <summary>Creates a UPT officer of <paramref name="unit"/> (as admin) and logs them in.</summary>
    public Task<HttpClient> BuatPenggunaUptAsync(string username, string unit) => BuatPenggunaAsync(username, unit, "Upt");

    /// <summary>Creates a user of <paramref name="unit"/> with <paramref name="peran"/> (as admin) and logs them in.</summary>
    public async Task<HttpClient> BuatPenggunaAsync(string username, string unit, params string[] peran)
    {
        var admin = await LoginAsync("admin");
        await (await admin.PostAsJsonAsync("/api/pengguna", new
        {
            username,
            namaLengkap = $"{string.Join("/", peran)} {unit}",
            unitId = await UnitIdAsync(unit),
            peran,
            kataSandi = "Uji#2026test!",
        })).JsonAsync(HttpStatusCode.Created);
        return await LoginAsync(username, "Uji#2026test!");
    }

    /// <summary>The id of the unit named exactly <paramref name="unit"/>.</summary>
    public async Task<string> UnitIdAsync(string unit)
    {
        var admin = await LoginAsync("admin");
        var units = await (await admin.GetAsync($"/api/unit-kerja?cari={Uri.EscapeDataString(unit[..Math.Min(unit.Length, 60)])}")).JsonAsync(HttpStatusCode.OK);
        return units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == unit).GetProperty("id").GetString()!;
    }

    public async Task<HttpClient> LoginAsync(string username, string password = DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }
}

public static class HttpAssertions
{
    /// <summary>Asserts a 200 Excel workbook and reads its rows (first row as headings).</summary>
    public static async Task<List<IDictionary<string, object?>>> XlsxAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var isi = await response.Content.ReadAsByteArrayAsync();
        return [.. (await MiniExcelLibs.MiniExcel.QueryAsync(new MemoryStream(isi), useHeaderRow: true)).Cast<IDictionary<string, object?>>()];
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 400 ProblemDetails naming <paramref name="fields"/> under <c>errors</c>.</summary>
    public static async Task<JsonElement> AssertValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _), "ProblemDetails carries a traceId");
        var errors = problem.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0,
                $"Expected an error for '{field}', got {errors}");
        }

        return problem;
    }

    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.JsonAsync(status);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}

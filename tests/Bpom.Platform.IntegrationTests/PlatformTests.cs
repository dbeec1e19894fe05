using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.IntegrationTests.Infrastructure;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bpom.Platform.IntegrationTests;

/// <summary>A command that writes and then fails: the unit of work must roll the write back.</summary>
public sealed record GagalSetelahMenulisCommand(string Nama) : ICommand<Unit>;

internal sealed class GagalSetelahMenulisHandler(OrganisasiDbContext db) : IRequestHandler<GagalSetelahMenulisCommand, Unit>
{
    public async Task<Unit> Handle(GagalSetelahMenulisCommand request, CancellationToken cancellationToken)
    {
        db.TanggalLibur.Add(new TanggalLibur(Guid.NewGuid(), new LocalDate(2030, 1, 1), JenisHariLibur.LiburNasional, request.Nama, null));
        await db.SaveChangesAsync(cancellationToken);
        throw new InvalidOperationException("boom after writing");
    }
}

/// <summary>Writes in its own module, creates an SOP instance through a nested command (another module's context),
/// then fails: both writes must roll back, and no integration event may be published.</summary>
public sealed record GagalLintasModulCommand(Guid UnitId) : ICommand<Unit>;

internal sealed class GagalLintasModulHandler(OrganisasiDbContext db, IMediator mediator) : IRequestHandler<GagalLintasModulCommand, Unit>
{
    public async Task<Unit> Handle(GagalLintasModulCommand request, CancellationToken cancellationToken)
    {
        db.TanggalLibur.Add(new TanggalLibur(Guid.NewGuid(), new LocalDate(2030, 1, 2), JenisHariLibur.LiburNasional, "Lintas modul", null));
        await mediator.Send(new Bpom.Platform.Modules.Sop.Contracts.BuatInstansSopCommand(
            "POM-04.01-A", "Uji", Guid.NewGuid(), "Tidak boleh tersimpan", request.UnitId, 2030), cancellationToken);
        throw new InvalidOperationException("boom after both modules wrote");
    }
}

/// <summary>Test-only endpoint that fails unexpectedly.</summary>
[ApiController]
[Route("api/uji")]
[AllowAnonymous]
public sealed class UjiController(IMediator mediator) : ControllerBase
{
    [HttpPost("gagal")]
    public Task<Unit> Gagal() => mediator.Send(new GagalSetelahMenulisCommand("Tidak boleh tersimpan"));

    [HttpPost("gagal-lintas-modul/{unitId:guid}")]
    public Task<Unit> GagalLintasModul(Guid unitId) => mediator.Send(new GagalLintasModulCommand(unitId));
}

public class PlatformFactory : ApiFactory
{
    protected override string EnvironmentName => "Production";

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddControllers().AddApplicationPart(typeof(UjiController).Assembly);
        services.AddScoped<IRequestHandler<GagalSetelahMenulisCommand, Unit>, GagalSetelahMenulisHandler>();
        services.AddScoped<IRequestHandler<GagalLintasModulCommand, Unit>, GagalLintasModulHandler>();
        var registry = (ModuleDbContextRegistry)services.Single(d => d.ServiceType == typeof(ModuleDbContextRegistry)).ImplementationInstance!;
        registry.Map(typeof(GagalSetelahMenulisCommand).Assembly, typeof(OrganisasiDbContext), OrganisasiDbContext.Schema);
    }
}

public class PlatformTests(PlatformFactory api) : IClassFixture<PlatformFactory>
{
    /// <summary>Every module's EF mapping (configuration classes) matches its committed migrations: a mapping change
    /// without a migration fails here, not on the next deployment.</summary>
    [Fact]
    public async Task No_module_has_model_changes_without_a_migration()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ModuleDbContextRegistry>();
        Assert.True(registry.ContextTypes.Count >= 10, $"{registry.ContextTypes.Count} contexts");
        foreach (var type in registry.ContextTypes)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            Assert.False(db.Database.HasPendingModelChanges(), $"{type.Name} has model changes without a migration");
        }
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var isi = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", isi.GetProperty("status").GetString());
        // Which database node the instance writes to: the test cluster's primary on loopback.
        Assert.False(isi.GetProperty("database").GetProperty("replika").GetBoolean());
        Assert.EndsWith($":{new Npgsql.NpgsqlConnectionStringBuilder(api.ConnectionString).Port}", isi.GetProperty("database").GetProperty("server").GetString(), StringComparison.Ordinal);
        Assert.Contains(isi.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "simpul-basis-data" && c.GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task Metrics_are_scraped_inside_the_network_only_and_count_the_platforms_work()
    {
        var admin = await api.LoginAsync("admin");
        await (await admin.GetAsync("/api/tugas-saya")).JsonAsync(HttpStatusCode.OK);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Infrastructure.Modules.PelaksanaJobBerulang>().JalankanAsync("sop-sapuan-tenggat", CancellationToken.None);
        }

        HttpClient Dari(IPAddress ip) => new(api.Server.CreateHandler(c => c.Connection.RemoteIpAddress = ip)) { BaseAddress = api.Server.BaseAddress };
        using var client = Dari(IPAddress.Loopback);
        var metrik = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrik.StatusCode);
        var teks = await metrik.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds", teks, StringComparison.Ordinal);
        Assert.Contains("db_client_operation_duration_seconds", teks, StringComparison.Ordinal);
        Assert.Contains("bpom_job_durasi_seconds_count{", teks, StringComparison.Ordinal);
        Assert.Contains("job=\"sop-sapuan-tenggat\"", teks, StringComparison.Ordinal);

        // From a public address, or through a proxy (the ingress adds X-Forwarded-For), it does not exist.
        using var luar = Dari(IPAddress.Parse("203.0.113.7"));
        Assert.Equal(HttpStatusCode.NotFound, (await luar.GetAsync("/metrics")).StatusCode);
        using var jaringanDalam = Dari(IPAddress.Parse("10.42.0.7"));
        Assert.Equal(HttpStatusCode.OK, (await jaringanDalam.GetAsync("/metrics")).StatusCode);
        using var lewatProksi = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        lewatProksi.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(lewatProksi)).StatusCode);
    }

    [Fact]
    public async Task A_failing_command_rolls_back_its_writes_and_returns_a_500_without_internals()
    {
        var response = await api.CreateClient().PostAsync("/api/uji/gagal", null);
        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.True(problem.TryGetProperty("traceId", out var traceId) && traceId.GetString()!.Length > 0);
        var text = problem.ToString();
        Assert.DoesNotContain("boom", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrganisasiDbContext>();
        Assert.False(await db.TanggalLibur.AnyAsync(t => t.Nama == "Tidak boleh tersimpan"));
    }

    [Fact]
    public async Task A_command_spanning_two_modules_rolls_back_both()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var unit = await scope.ServiceProvider.GetRequiredService<OrganisasiDbContext>().UnitKerja.FirstAsync(u => u.Nama == "Balai POM di Bengkulu");
            await (await api.CreateClient().PostAsync($"/api/uji/gagal-lintas-modul/{unit.Id}", null)).AssertProblemAsync(HttpStatusCode.InternalServerError);
        }

        await using var check = api.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<OrganisasiDbContext>().TanggalLibur.AnyAsync(t => t.Nama == "Lintas modul"));
        Assert.False(await check.ServiceProvider.GetRequiredService<Bpom.Platform.Modules.Sop.Infrastructure.Persistence.SopDbContext>()
            .Instans.AnyAsync(i => i.Judul == "Tidak boleh tersimpan"));
    }

    [Fact]
    public async Task Unknown_api_routes_are_404_problem_details()
    {
        var response = await api.CreateClient().GetAsync("/api/tidak-ada");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var client = await api.LoginAsync("admin");
        var response = await client.PostAsync("/api/kalender/hari-libur", new StringContent("{ \"tanggal\": ", System.Text.Encoding.UTF8, "application/json"));
        await response.AssertValidationProblemAsync();
        var wrongType = await client.PostAsJsonAsync("/api/kalender/hari-libur", new { tanggal = 20260101, jenis = "libur_nasional", nama = "X" });
        await wrongType.AssertValidationProblemAsync("tanggal");
    }

    [Fact]
    public async Task Swagger_documents_every_operation_with_problem_responses_and_the_bearer_scheme()
    {
        var doc = await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/login", "/api/kalender/hari-kerja/jatuh-tempo", "/api/kalender/hari-kerja/jumlah",
                     "/api/kalender/hari-libur", "/api/kalender/hari-libur/impor", "/api/unit-kerja/{id}/koordinator", "/api/pengguna" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is documented");
        }

        var operations = paths.EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) && !p.Name.StartsWith("/api/uji", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Op: o.Value)))
            .ToList();
        Assert.True(operations.Count >= 20);
        foreach (var (path, method, op) in operations)
        {
            Assert.True(op.TryGetProperty("summary", out _), $"{method} {path} has a summary from XML comments");
            var responses = op.GetProperty("responses");
            foreach (var status in new[] { "400", "401", "500" })
            {
                Assert.True(responses.TryGetProperty(status, out var r), $"{method} {path} documents {status}");
                Assert.True(r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {status} is ProblemDetails");
            }

            // Rate limits and a database outage can answer any operation; integrators learn to wait Retry-After.
            foreach (var status in new[] { "429", "503" })
            {
                Assert.True(responses.TryGetProperty(status, out var r), $"{method} {path} documents {status}");
                Assert.True(r.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {status} is ProblemDetails");
                Assert.True(r.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{method} {path} {status} names Retry-After");
            }
        }

        var dueDate = paths.GetProperty("/api/kalender/hari-kerja/jatuh-tempo").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "mulai");
        Assert.Equal("date", dueDate.GetProperty("schema").GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_organisation_contract_answers_which_units_a_koordinator_reads()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var db = scope.ServiceProvider.GetRequiredService<OrganisasiDbContext>();
        var bengkulu = await db.UnitKerja.SingleAsync(u => u.Nama == "Balai POM di Bengkulu");
        var rejangLebong = await db.UnitKerja.SingleAsync(u => u.Nama == "Loka POM di Kabupaten Rejang Lebong");
        var units = await mediator.Send(new Modules.Organisasi.Contracts.GetUnitTerjangkauQuery(bengkulu.Id));
        Assert.Equal(new[] { bengkulu.Id, rejangLebong.Id }.Order(), units.Order());
        Assert.Equal([rejangLebong.Id], await mediator.Send(new Modules.Organisasi.Contracts.GetUnitTerjangkauQuery(rejangLebong.Id)));
        var ringkas = await mediator.Send(new Modules.Organisasi.Contracts.GetUnitKerjaRingkasQuery(rejangLebong.Id));
        Assert.Equal(bengkulu.Id, ringkas!.KoordinatorId);
        Assert.Null(await mediator.Send(new Modules.Organisasi.Contracts.GetUnitKerjaRingkasQuery(Guid.NewGuid())));
    }
}

using Bpom.Platform.Api;
using Bpom.Platform.Api.Infrastructure;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Serilog;

// `Bpom.Platform.Api migrate` applies every module's migrations and seeds master data, then exits.
// `Bpom.Platform.Api seed-nasional [--tahun 10] [--seed n] [--skala 1] [--terbuka 0.29]` migrates, then fills the
// database with a national dataset of that many years (skipped when it is there), then exits.
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var nasional = PerintahDataNasional.Baca(args);
var builder = WebApplication.CreateBuilder(nasional is null
    ? args.Where(a => !a.Equals("migrate", StringComparison.OrdinalIgnoreCase)).ToArray()
    : nasional.Value.Sisa);

builder.AddBpomPlatform(DaftarModul.Semua);

var app = builder.Build();

if (nasional is { Opsi: var opsiNasional })
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    var dibuat = await app.Services.GetRequiredService<PenjalanDataNasional>().JalankanAsync(opsiNasional, CancellationToken.None);
    Log.Information(dibuat ? "National dataset written" : "National dataset already present");
    return;
}

if (migrateOnly)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    Log.Information("Migrations and seed data applied");
    return;
}

if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Database:MigrateOnStart"))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
}

app.UseBpomPlatform();
await app.RunAsync();

/// <summary>Entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;

using Bpom.Platform.Api;
using Bpom.Platform.Api.Infrastructure;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Serilog;

// `Bpom.Platform.Api migrate` applies every module's migrations and seeds master data, then exits.
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var builder = WebApplication.CreateBuilder(args.Where(a => !a.Equals("migrate", StringComparison.OrdinalIgnoreCase)).ToArray());

builder.AddBpomPlatform(DaftarModul.Semua);

var app = builder.Build();

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

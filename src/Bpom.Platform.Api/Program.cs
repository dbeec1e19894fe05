using System.Diagnostics;
using Bpom.Platform.Api;
using Bpom.Platform.Api.Infrastructure;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Npgsql;
using Serilog;

// `Bpom.Platform.Api migrate` applies every module's migrations and seeds master data, then exits.
// `Bpom.Platform.Api seed-nasional [--tahun 10] [--seed n] [--skala 1] [--terbuka 0.29]` migrates, then fills the
// database with a national dataset of that many years (skipped when it is there), then exits.
// `Bpom.Platform.Api jalankan-job <id> [--kali n] [--siapkan file.sql]` runs one recurring job (e.g. sop-sapuan-tenggat)
// once or n times in a row, each after the SQL of --siapkan when given, logs how long each run took, then exits: for
// operators, and for the load test's sweep timing (the SQL makes 1,000 steps due before each run).
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var nasional = PerintahDataNasional.Baca(args);
var posisiJob = Array.FindIndex(args, a => a.Equals("jalankan-job", StringComparison.OrdinalIgnoreCase));
var jobId = posisiJob >= 0 && posisiJob + 1 < args.Length ? args[posisiJob + 1] : null;
var posisiKali = Array.FindIndex(args, a => a.Equals("--kali", StringComparison.OrdinalIgnoreCase));
var posisiSiapkan = Array.FindIndex(args, a => a.Equals("--siapkan", StringComparison.OrdinalIgnoreCase));
var siapkan = posisiSiapkan >= 0 && posisiSiapkan + 1 < args.Length ? File.ReadAllText(args[posisiSiapkan + 1]) : null;
var kali = posisiKali >= 0 && posisiKali + 1 < args.Length && int.TryParse(args[posisiKali + 1], out var k) && k > 0 ? k : 1;
var builder = WebApplication.CreateBuilder(
    nasional is not null ? nasional.Value.Sisa
    : jobId is not null ? args.Where((_, i) => !new[] { posisiJob, posisiKali, posisiSiapkan }.Any(p => p >= 0 && (i == p || i == p + 1))).ToArray()
    : args.Where(a => !a.Equals("migrate", StringComparison.OrdinalIgnoreCase)).ToArray());

builder.AddBpomPlatform(DaftarModul.Semua);

var app = builder.Build();

if (nasional is { Opsi: var opsiNasional })
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    var dibuat = await app.Services.GetRequiredService<PenjalanDataNasional>().JalankanAsync(opsiNasional, CancellationToken.None);
    Log.Information(dibuat ? "National dataset written" : "National dataset already present");
    return;
}

if (jobId is not null)
{
    for (var i = 1; i <= kali; i++)
    {
        if (siapkan is not null)
        {
            await using var koneksi = new NpgsqlConnection(app.Configuration.GetConnectionString("Bpom"));
            await koneksi.OpenAsync();
            await using var perintah = new NpgsqlCommand(siapkan, koneksi);
            await perintah.ExecuteNonQueryAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        var mulai = Stopwatch.GetTimestamp();
        await scope.ServiceProvider.GetRequiredService<PelaksanaJobBerulang>().JalankanAsync(jobId, CancellationToken.None);
        Log.Information("Job {JobId} run {Kali} finished in {Ms:F0} ms", jobId, i, Stopwatch.GetElapsedTime(mulai).TotalMilliseconds);
    }

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

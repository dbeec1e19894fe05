using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run; every test class gets its own fresh database on it.
/// Where it comes from, in order: a Testcontainers container when a Docker engine answers; otherwise a throwaway
/// cluster started from the PostgreSQL binaries on PATH (initdb/pg_ctl, run as the postgres user when we are root);
/// otherwise the connection string in BPOM_TEST_POSTGRES (or ConnectionStrings__Bpom), on which test databases are
/// created and dropped.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);
    private static int _counter;

    public static string Source { get; private set; } = "not started";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = $"bpom_test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", conn))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var admin = await Server.Value;
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("BPOM_TEST_NO_DOCKER") != "1" && await TryDockerAsync() is { } docker)
        {
            Source = "Testcontainers";
            return docker;
        }

        if (LocalCluster.TryFindBinaries() is { } bin)
        {
            Source = $"local cluster ({bin})";
            return await LocalCluster.StartAsync(bin);
        }

        var env = Environment.GetEnvironmentVariable("BPOM_TEST_POSTGRES") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Bpom");
        if (!string.IsNullOrWhiteSpace(env))
        {
            Source = "connection string from the environment";
            return new NpgsqlConnectionStringBuilder(env) { Database = "postgres" }.ConnectionString;
        }

        throw new InvalidOperationException(
            "No PostgreSQL for the integration tests: no Docker engine, no initdb/pg_ctl on PATH or in /usr/lib/postgresql, " +
            "and neither BPOM_TEST_POSTGRES nor ConnectionStrings__Bpom is set.");
    }

    private static async Task<string?> TryDockerAsync()
    {
        var hasSocket = File.Exists("/var/run/docker.sock") || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST"));
        if (!hasSocket)
        {
            return null;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await container.StartAsync(timeout.Token);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
        }
#pragma warning disable CA1031 // any Docker failure means "fall back to the local binaries"
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>A throwaway cluster in a temp folder, stopped and deleted when the test process exits.</summary>
    private static class LocalCluster
    {
        public static string? TryFindBinaries()
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
            {
                if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                {
                    return Path.GetDirectoryName(Path.GetFullPath(ResolveLink(Path.Combine(dir, "initdb"))));
                }
            }

            return Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                    .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
                : null;
        }

        public static async Task<string> StartAsync(string bin)
        {
            var root = Path.Combine(Path.GetTempPath(), $"bpom-test-pg-{Guid.NewGuid():N}");
            var data = Path.Combine(root, "data");
            Directory.CreateDirectory(root);
            var asRoot = Environment.UserName == "root";
            if (asRoot)
            {
                await RunAsync("chown", ["postgres", root], asPostgres: false);
            }

            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asRoot);
            var port = FreePort();
            await RunAsync(Path.Combine(bin, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(root, "log"), "-w", "-t", "60", "-o",
                 $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                 "start"], asRoot);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
                    Directory.Delete(root, recursive: true);
                }
#pragma warning disable CA1031 // best effort clean-up at exit
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            };
            return $"Host=127.0.0.1;Port={port};Database=postgres;Username=postgres;Include Error Detail=true";
        }

        private static string ResolveLink(string path) =>
            new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task RunAsync(string file, string[] args, bool asPostgres)
        {
            var psi = asPostgres
                ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
                : new ProcessStartInfo(file, args);
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
            }
        }
    }
}

using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Applies every module's migrations, then runs the seeders, under a PostgreSQL advisory lock so that two
/// instances starting together do not race.
/// </summary>
public sealed partial class DatabaseMigrator(
    IServiceProvider services, ModuleDbContextRegistry registry, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    private const long AdvisoryLockKey = 0x42504F4D; // "BPOM"

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var contexts = registry.ContextTypes.Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t)).ToList();
        if (contexts.Count == 0)
        {
            return;
        }

        var connectionString = configuration.GetConnectionString(ModuleDbContextServiceCollectionExtensions.ConnectionStringName);
        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", lockConnection))
        {
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var db in contexts)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                LogMigrating(logger, db.GetType().Name, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }

            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", lockConnection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating {Context}: {Pending} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string context, int pending);
}

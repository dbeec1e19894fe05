using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Which DbContext belongs to which module assembly (for the unit of work, migrations and health), in the
/// order they were registered (migrations run in it).</summary>
public sealed class ModuleDbContextRegistry
{
    private readonly List<(Assembly Assembly, Type Context, string Schema)> _entries = [];
    private readonly List<Type> _contextTypes = [];

    public IReadOnlyList<Type> ContextTypes => _contextTypes;

    public Type? ContextFor(Assembly assembly) => _entries.FirstOrDefault(e => e.Assembly == assembly).Context;

    /// <summary>Maps an assembly's commands to a DbContext for the unit of work (modules do it via AddModuleDbContext).</summary>
    public void Map(Assembly assembly, Type context, string schema)
    {
        _entries.Add((assembly, context, schema));
        if (!_contextTypes.Contains(context))
        {
            _contextTypes.Add(context);
        }
    }
}

/// <summary>The one database connection all module contexts of a scope use (opened lazily by EF). A GET of a heavy
/// national report (<c>[EnableRateLimiting(LaporanBerat.Kebijakan)]</c>) reads from a replica when
/// <c>ConnectionStrings:BpomBaca</c> is set (in the HA topology HAProxy's read port: a streaming replica, the primary
/// when none is up); everything else, and every job, uses the primary.</summary>
public sealed class KoneksiModul(NpgsqlDataSource dataSource, IServiceProvider services) : IAsyncDisposable, IDisposable
{
    /// <summary>The service key of the read-replica data source.</summary>
    public const string KunciBaca = "baca";

    public NpgsqlConnection Connection { get; } = (BacaReplika(services) ? services.GetKeyedService<NpgsqlDataSource>(KunciBaca) : null)?.CreateConnection()
        ?? dataSource.CreateConnection();

    /// <summary>Whether this scope serves a GET of a heavy report.</summary>
    public static bool BacaReplika(IServiceProvider services)
    {
        var http = services.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()?.HttpContext;
        return http is not null && Microsoft.AspNetCore.Http.HttpMethods.IsGet(http.Request.Method)
            && Microsoft.AspNetCore.Http.EndpointHttpContextExtensions.GetEndpoint(http)?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == Web.LaporanBerat.Kebijakan;
    }

    public void Dispose() => Connection.Dispose();

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>The connection string every module uses (one database, one schema per module).</summary>
    public const string ConnectionStringName = "Bpom";

    /// <summary>
    /// Registers a module's DbContext on the shared PostgreSQL database, in its own schema, with its migrations
    /// history table inside that schema and NodaTime type mapping.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Holds the connection string.</param>
    /// <param name="schema">The module's schema.</param>
    /// <param name="assembliesPerintah">Further assemblies whose commands run on this context (the module's
    /// Contracts, where other modules send it commands).</param>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string schema, params Assembly[] assembliesPerintah)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var registry = services
            .Where(d => d.ServiceType == typeof(ModuleDbContextRegistry))
            .Select(d => d.ImplementationInstance)
            .OfType<ModuleDbContextRegistry>()
            .FirstOrDefault();
        if (registry is null)
        {
            registry = new ModuleDbContextRegistry();
            services.AddSingleton(registry);
        }

        registry.Map(typeof(TContext).Assembly, typeof(TContext), schema);
        foreach (var assembly in assembliesPerintah)
        {
            registry.Map(assembly, typeof(TContext), schema);
        }

        if (!services.Any(d => d.ServiceType == typeof(NpgsqlDataSource)))
        {
            services.AddSingleton(_ =>
            {
                var connectionString = configuration.GetConnectionString(ConnectionStringName)
                    ?? throw new InvalidOperationException(
                        $"Connection string 'ConnectionStrings:{ConnectionStringName}' is not configured " +
                        "(set the environment variable ConnectionStrings__Bpom).");
                var builder = new NpgsqlDataSourceBuilder(connectionString);
                AturKolam(builder.ConnectionStringBuilder, configuration);
                builder.UseNodaTime();
                return builder.Build();
            });
            services.AddScoped<KoneksiModul>();
            services.AddHttpContextAccessor();
            if (configuration.GetConnectionString(ConnectionStringName + "Baca") is { Length: > 0 } baca)
            {
                services.AddKeyedSingleton(KoneksiModul.KunciBaca, (_, _) =>
                {
                    var builder = new NpgsqlDataSourceBuilder(baca);
                    AturKolam(builder.ConnectionStringBuilder, configuration);
                    builder.UseNodaTime();
                    return builder.Build();
                });
            }
        }

        // Every module's context in a scope shares one connection, so a command that spans modules (an SOP module
        // creating its engine instance) commits or rolls back as one transaction.
        // The options are built for every scope: what can be is worked out once here, not per request.
        var assemblyMigrasi = typeof(TContext).Assembly.GetName().Name;
        services.AddDbContext<TContext>((sp, options) =>
        {
            options.UseNpgsql(sp.GetRequiredService<KoneksiModul>().Connection, npgsql =>
            {
                npgsql.UseNodaTime();
                npgsql.MigrationsHistoryTable("__ef_migrations_history", schema);
                npgsql.MigrationsAssembly(assemblyMigrasi);
            });
        });
        return services;
    }

    /// <summary>The API's share of PostgreSQL's connections: <c>Database:MaksKoneksi</c> (default 20) unless the
    /// connection string sets a pool size, so instances × (pool + Hangfire's) stay under <c>max_connections</c> and
    /// requests beyond the pool wait for a connection (up to its timeout) instead of being refused by the server.
    /// Statements are not prepared by default (<c>Database:AutoPrepare</c>, default 0): a prepared statement switches
    /// to PostgreSQL's generic plan after five runs, and for the scoped lists and the inbox a generic plan cannot use
    /// the unit's selectivity (measured: 130 ms instead of 1.2 ms for the inbox count; docs/performance.md).</summary>
    public static void AturKolam(NpgsqlConnectionStringBuilder csb, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(csb);
        ArgumentNullException.ThrowIfNull(configuration);
        var bawaan = new NpgsqlConnectionStringBuilder();
        if (csb.MaxPoolSize == bawaan.MaxPoolSize)
        {
            csb.MaxPoolSize = configuration.GetValue("Database:MaksKoneksi", 20);
        }

        // The platform keeps no session state on its connections (no temp tables, SET or prepared statements), so a
        // connection returned to the pool need not be reset: without this every query paid a DISCARD ALL round trip.
        csb.NoResetOnClose = true;

        if (csb.MaxAutoPrepare == bawaan.MaxAutoPrepare)
        {
            csb.MaxAutoPrepare = configuration.GetValue("Database:AutoPrepare", 0);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module's DbContext: its own schema, and the mapping of its entities in the module's
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes (found in the module's assembly).</summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}

/// <summary>Builds a module's context for <c>dotnet ef</c> (migrations are generated without a database).</summary>
public abstract class ModuleDbContextDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => (TContext)Activator.CreateInstance(
        typeof(TContext),
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.UseNodaTime().MigrationsHistoryTable("__ef_migrations_history", schema))
            .Options)!;
}

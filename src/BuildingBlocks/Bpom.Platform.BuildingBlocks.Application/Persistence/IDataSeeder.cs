namespace Bpom.Platform.BuildingBlocks.Application.Persistence;

/// <summary>Seeds a module's data after migrations. Must be idempotent: it runs on every migrate.</summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

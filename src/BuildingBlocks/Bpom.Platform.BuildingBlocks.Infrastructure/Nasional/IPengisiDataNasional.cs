namespace Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;

/// <summary>
/// A module's part of the national dataset (<c>seed-nasional</c>): it writes only its own schema, year by year
/// (all modules finish a year before the next starts, so memory holds one year), and passes what other modules build
/// on through <see cref="DataNasional"/> as contract types. Parts run in <see cref="Urutan"/> order.
/// </summary>
public interface IPengisiDataNasional
{
    int Urutan { get; }

    /// <summary>True when this part's data is already there (the whole run is then skipped).</summary>
    Task<bool> SudahAdaAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    Task MulaiAsync(DataNasional data, CancellationToken cancellationToken) => Task.CompletedTask;

    Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken);

    Task SelesaiAsync(DataNasional data, CancellationToken cancellationToken) => Task.CompletedTask;
}

using Bpom.Platform.BuildingBlocks.Domain.HariKerja;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>Gives the current working-day calendar (holiday data + settings). Implemented by the Organisasi
/// module, cached, and refreshed whenever an admin changes holidays or settings.</summary>
public interface IKalenderHariKerjaSource
{
    ValueTask<KalenderHariKerja> GetAsync(CancellationToken cancellationToken);
}

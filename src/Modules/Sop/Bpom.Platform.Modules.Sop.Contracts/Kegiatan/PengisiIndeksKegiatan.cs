using Bpom.Platform.BuildingBlocks.Application.Persistence;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>At start-up, gives the engine the list data of an SOP module's activities created before the module did
/// (after an upgrade), a batch per transaction; a no-op query once done.</summary>
internal sealed class PengisiIndeksKegiatan<TKegiatan>(IMediator mediator) : IDataSeeder
    where TKegiatan : class, IKegiatanSop
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        while (await mediator.Send(new IsiIndeksKegiatanSopCommand<TKegiatan>(), cancellationToken) > 0)
        {
        }
    }
}

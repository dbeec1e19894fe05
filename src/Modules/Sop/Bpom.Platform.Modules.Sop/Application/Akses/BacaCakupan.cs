using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Akses;

internal sealed class CakupanBacaQueryHandler(AksesSop akses) : IRequestHandler<CakupanBacaQuery, CakupanBaca>
{
    public Task<CakupanBaca> Handle(CakupanBacaQuery request, CancellationToken cancellationToken) => akses.CakupanAsync(cancellationToken);
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Contracts;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>Recomputes open steps' due dates as soon as the holiday calendar changes (the sweep would too).</summary>
internal sealed class HitungUlangSaatKalenderBerubah(PenyapuTenggat penyapu, IKalenderHariKerjaSource kalenderSource)
    : INotificationHandler<KalenderHariKerjaBerubah>
{
    public async Task Handle(KalenderHariKerjaBerubah notification, CancellationToken cancellationToken) =>
        await penyapu.HitungUlangJatuhTempoAsync(await kalenderSource.GetAsync(cancellationToken), cancellationToken);
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Contracts;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>Recomputes open steps' due dates as soon as the holiday calendar changes (delivered through the outbox, so
/// a change is never missed).</summary>
internal sealed class HitungUlangSaatKalenderBerubah(PenghitungUlangJatuhTempo penghitung, IKalenderHariKerjaSource kalenderSource)
    : INotificationHandler<KalenderHariKerjaBerubah>
{
    public async Task Handle(KalenderHariKerjaBerubah notification, CancellationToken cancellationToken) =>
        await penghitung.JalankanAsync(await kalenderSource.GetAsync(cancellationToken), cancellationToken);
}

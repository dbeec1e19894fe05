using Bpom.Platform.Modules.Organisasi.Contracts;
using MediatR;

namespace Bpom.Platform.Modules.Organisasi.Infrastructure;

/// <summary>After a committed change to the units or the calendar, this instance drops its cached copy at once
/// (delivered right after the commit, in the request that made it).</summary>
internal sealed class SegarkanCacheOrganisasi(CacheDirektori direktori, KalenderCache kalender)
    : INotificationHandler<UnitKerjaBerubah>, INotificationHandler<KalenderHariKerjaBerubah>
{
    public Task Handle(UnitKerjaBerubah notification, CancellationToken cancellationToken)
    {
        direktori.Reset();
        return Task.CompletedTask;
    }

    public Task Handle(KalenderHariKerjaBerubah notification, CancellationToken cancellationToken)
    {
        kalender.Reset();
        return Task.CompletedTask;
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Counts steps started, finished (on time or late) and overdue as their events are delivered after the
/// commit (<see cref="Telemetri"/>).</summary>
internal sealed class MetrikLangkah : INotificationHandler<LangkahDimulai>, INotificationHandler<LangkahSelesai>, INotificationHandler<LangkahTerlambat>
{
    public Task Handle(LangkahDimulai notification, CancellationToken cancellationToken)
    {
        Telemetri.LangkahDimulai.Add(1, new KeyValuePair<string, object?>("sop", notification.Asal.KodeSop));
        return Task.CompletedTask;
    }

    public Task Handle(LangkahSelesai notification, CancellationToken cancellationToken)
    {
        Telemetri.LangkahSelesai.Add(1, new("sop", notification.Asal.KodeSop), new("tepat_waktu", notification.TepatWaktu switch { true => "ya", false => "tidak", _ => "tanpa_hk" }));
        return Task.CompletedTask;
    }

    public Task Handle(LangkahTerlambat notification, CancellationToken cancellationToken)
    {
        Telemetri.LangkahTerlambat.Add(1, new KeyValuePair<string, object?>("sop", notification.Asal.KodeSop));
        return Task.CompletedTask;
    }
}

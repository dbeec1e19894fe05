using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Re-routes an activity's steps after its data changed (sent by the SOP module inside its edit command).
/// Only steps that have not started change. Returns every unit the activity is now routed to.</summary>
public sealed record AturPenugasanCommand(Guid InstansId, IReadOnlyList<PenugasanBaru> Penugasan, IReadOnlyDictionary<string, string>? Output)
    : ICommand<IReadOnlyList<Guid>>;

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Records an edit an SOP module made to its activity data (title, stakeholders, …) in the activity's
/// audit trail: <c>Dari</c>/<c>Ke</c> are short states; the before/after text goes in <c>Keterangan</c>. Sent by the module inside its own command after it has authorised the edit.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Aksi">What was done (e.g. UbahKegiatan).</param>
/// <param name="Dari">Short state before.</param>
/// <param name="Ke">Short state after.</param>
/// <param name="Keterangan">Before/after text.</param>
/// <param name="JudulBaru">The activity's new title, when it changed: the run (Tugas Saya, lists, notifications) follows.</param>
public sealed record CatatAuditKegiatanCommand(Guid InstansId, string Aksi, string? Dari, string? Ke, string? Keterangan, string? JudulBaru = null) : ICommand<Unit>;

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Contracts;

/// <summary>Holidays or calendar settings changed (committed): working-day arithmetic may give other dates now. The
/// SOP engine recomputes the due dates of open steps.</summary>
/// <param name="Pada">When.</param>
/// <param name="Oleh">Who (null for the system).</param>
public sealed record KalenderHariKerjaBerubah(Instant Pada, string? Oleh) : IIntegrationEvent;

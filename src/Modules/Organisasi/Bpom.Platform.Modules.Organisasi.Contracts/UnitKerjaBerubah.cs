using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Contracts;

/// <summary>A unit was added or changed (name, kind, time zone, koordinator) — committed. Directory caches refresh.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Pada">When.</param>
public sealed record UnitKerjaBerubah(Guid UnitId, Instant Pada) : IIntegrationEvent;

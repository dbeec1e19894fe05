using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Reads one activity run with its steps.</summary>
public sealed record GetInstansQuery(Guid Id) : IQuery<InstansDto>;

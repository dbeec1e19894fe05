using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Where activities stand, for module lists: current step, its due date and SLA.</summary>
public sealed record RingkasanInstansDto(
    Guid InstansId, Guid ReferensiId, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkahAktif,
    LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>Summaries of the given activity runs (the caller has already scoped them to what the user may read).</summary>
public sealed record RingkasanInstansQuery(IReadOnlyList<Guid> InstansIds) : IQuery<IReadOnlyDictionary<Guid, RingkasanInstansDto>>;

using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>The day step <paramref name="Kode"/> of each given activity was finished (approved); activities where it
/// is not finished are left out. For module recaps that count what was actually carried out in a period.</summary>
public sealed record TanggalSelesaiLangkahQuery(IReadOnlyList<Guid> InstansIds, string Kode) : IQuery<IReadOnlyDictionary<Guid, NodaTime.LocalDate>>;

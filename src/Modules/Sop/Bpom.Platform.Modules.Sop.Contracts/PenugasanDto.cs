using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>A step routed to another unit, as shown to users.</summary>
/// <param name="Id">Routing id.</param>
/// <param name="LangkahKode">Step.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="NamaUnit">Its name.</param>
/// <param name="Jenis">Pelaksana (reports its part) or Penerima (acknowledges the output).</param>
/// <param name="Keterangan">The rule that routed it.</param>
/// <param name="SelesaiPada">When reported / acknowledged.</param>
/// <param name="SelesaiOleh">By whom.</param>
/// <param name="Catatan">The report or note.</param>
/// <param name="BolehSelesaikan">The current user may report / acknowledge it now.</param>
public sealed record PenugasanDto(
    Guid Id, string LangkahKode, Guid UnitId, string NamaUnit, JenisPenugasan Jenis, string Keterangan, Instant? SelesaiPada, string? SelesaiOleh,
    string? Catatan, bool BolehSelesaikan);

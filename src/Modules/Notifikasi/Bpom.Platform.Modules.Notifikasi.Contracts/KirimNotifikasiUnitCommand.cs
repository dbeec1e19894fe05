using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Notifikasi.Contracts;

/// <summary>Sends an in-app notification to the active users of the units holding any of the roles — once per
/// <paramref name="KunciKlaim"/> (claimed in the same transaction, so retried or overlapping jobs notify once).
/// For module jobs (e.g. the quarterly monev of SOP D). Returns how many users were notified (0 when already claimed).
/// <paramref name="Parameter"/>: query parameters (<c>a=b&amp;c=d</c>) that pick the item on the module's page when the
/// record id alone does not (Kinerja: the unit, year and period of a realisation report).</summary>
public sealed record KirimNotifikasiUnitCommand(
    string KunciKlaim, IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> Peran, JenisNotifikasi Jenis, string Judul, string Pesan, string? Modul,
    Guid? ReferensiId, string? Parameter = null) : ICommand<int>;

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>
/// One page of an SOP module's activities the user may read (own unit, a koordinator's Lokas, the SOP's central
/// units and national readers, routed steps), newest <see cref="IndeksKegiatan.TanggalAcuan"/> first, filtered by unit,
/// year, the module's filter values (equality), a search in the title and the module's text, the run's status and
/// whether its current step is overdue. Scoped, filtered, sorted and paged in the database; the total is counted up to
/// a cap (<see cref="Halaman{T}.TotalPasti"/> false beyond it). <paramref name="UnitIds"/> keeps the activities of
/// those units (a province's); <paramref name="Urut"/> Terlama turns the order around.
/// </summary>
public sealed record CariKegiatanSopQuery(
    string KodeSop, string Modul, Guid? UnitId, int? Tahun, string? Cari, IReadOnlyDictionary<string, string>? Atribut,
    StatusInstans? Status, bool? Terlambat, int Halaman, int Ukuran, IReadOnlyList<Guid>? UnitIds = null, Kegiatan.UrutKegiatan? Urut = null)
    : IQuery<Halaman<RingkasanInstansDto>>;

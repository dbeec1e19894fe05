using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Creates an activity of the SOP module whose input is <typeparamref name="TData"/> for the user's own unit,
/// with its SOP run (step 1 waits for its Kelengkapan). 403 when the user's unit may not run the SOP.</summary>
public sealed record BuatKegiatanSopCommand<TData, TDto>(TData Data) : ICommand<TDto>;

/// <summary>Edits a running activity (performing unit); the change is audited and routings of steps not yet started
/// follow the new data. 404 unknown or unreadable, 403 another unit, 409 finished or cancelled.</summary>
public sealed record UbahKegiatanSopCommand<TData, TDto>(Guid Id, TData Data) : ICommand<TDto>;

/// <summary>One activity with its SOP run (404 when the user may not read it).</summary>
public sealed record GetKegiatanSopQuery<TDto>(Guid Id) : IQuery<TDto>;

/// <summary>The activities the user may read (own unit, a koordinator's Lokas, the SOP's central units, routed steps),
/// filtered by the module's <typeparamref name="TSaringan"/> and the SOP status, one page.</summary>
/// <param name="UnitId">Only this performing unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Cari">Search text (where the module searches).</param>
/// <param name="Saringan">The module's own filters.</param>
/// <param name="SaringanSop">Status, overdue, paging.</param>
public sealed record DaftarKegiatanSopQuery<TSaringan, TRingkas>(Guid? UnitId, int? Tahun, string? Cari, TSaringan Saringan, SaringanSop SaringanSop)
    : IQuery<Halaman<TRingkas>>;

/// <summary>What <see cref="DaftarKegiatanSopQuery{TSaringan, TRingkas}"/> lists, every page of it up to
/// <see cref="EksporKegiatanSopCommand.BatasBaris"/> rows, as an Excel workbook (the same scope, filters and order).</summary>
/// <typeparamref name="TRingkas"/> names the module (two modules may share a filter type), as in the list query.
public sealed record EksporKegiatanSopQuery<TSaringan, TRingkas>(Guid? UnitId, int? Tahun, string? Cari, TSaringan Saringan, SaringanSop SaringanSop)
    : IQuery<BerkasEkspor>;

/// <summary>An exported file.</summary>
public sealed record BerkasEkspor(byte[] Isi, string NamaBerkas, bool Terpotong);

/// <summary>Writes the activities a list query finds (every page, at most <see cref="BatasBaris"/>) to a workbook:
/// title, unit, year, status, current step, its due date and SLA. Handled by the SOP engine.</summary>
public sealed record EksporKegiatanSopCommand(CariKegiatanSopQuery Kueri, string NamaBerkas) : IQuery<BerkasEkspor>
{
    public const int BatasBaris = BatasEkspor.Baris;
}

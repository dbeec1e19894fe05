using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>A new activity's identity: who creates it, for which unit, when.</summary>
public sealed record KegiatanBaru(Guid Id, Guid UnitId, Guid OlehId, Instant Pada);

/// <summary>Where an activity's steps go besides its own unit, and the output wording of steps the SOP words by case
/// (worked out by the module from the activity's data).</summary>
public sealed record RuteKegiatan(IReadOnlyList<PenugasanBaru> Penugasan, IReadOnlyDictionary<string, string>? Output = null);

/// <summary>
/// What an SOP module plugs into the shared activity use cases (<see cref="BuatKegiatanSopCommand{TData,TDto}"/>,
/// <see cref="UbahKegiatanSopCommand{TData,TDto}"/>, <see cref="GetKegiatanSopQuery{TDto}"/>): how an activity is
/// made, filled from the user's input, summarised for the audit trail, and shown. The use cases do the rest the same
/// way for every SOP: who may create and edit, the engine run, the audit entry of an edit, the routing.
/// </summary>
public interface IModulKegiatanSop<TKegiatan, in TData, TDto>
    where TKegiatan : class, IKegiatanSop
{
    DeskripsiSop Sop { get; }

    TKegiatan Baru(KegiatanBaru baru);

    /// <summary>Fills the activity from the input (resolving what it refers to); returns its routing, if the SOP
    /// routes steps to other units.</summary>
    Task<RuteKegiatan?> IsiAsync(TKegiatan kegiatan, TData data, CancellationToken cancellationToken);

    /// <summary>A one-line summary of the activity's data (the audit trail's before/after of an edit).</summary>
    Task<string> RingkasAsync(TKegiatan kegiatan, CancellationToken cancellationToken);

    Task<TDto> DetailAsync(TKegiatan kegiatan, InstansDto instans, CancellationToken cancellationToken);
}

/// <summary>An activity's input that may name the previous year's recommendation it is planned on (the yearly
/// cycle's monev output); the shared create use case hands it to the engine.</summary>
public interface IDasarRekomendasi
{
    Guid? DasarRekomendasiId { get; }
}

/// <summary>How an SOP module's list finds and orders an activity (kept by the engine with its run, so the list is one
/// indexed query): its sort date, the text its search looks in besides the title, and its filter values.</summary>
public interface IIndeksKegiatanSop<in TKegiatan>
    where TKegiatan : class, IKegiatanSop
{
    DeskripsiSop Sop { get; }

    IndeksKegiatan Indeks(TKegiatan kegiatan);
}

/// <summary>An activity on a list page, with where its run stands and its unit's name.</summary>
public sealed record BarisKegiatan<TKegiatan>(TKegiatan Kegiatan, RingkasanInstansDto Sop, string NamaUnit);

/// <summary>What an SOP module plugs into the shared list (<see cref="DaftarKegiatanSopQuery{TSaringan,TRingkas}"/>):
/// its own filters, as values of the list data it gives (<see cref="IIndeksKegiatanSop{TKegiatan}"/>), and the row it
/// shows. Scope, search, SOP status filters, order and paging are shared and run in the database.</summary>
public interface IDaftarKegiatanSop<TKegiatan, in TSaringan, TRingkas>
    where TKegiatan : class, IKegiatanSop
{
    DeskripsiSop Sop { get; }

    /// <summary>The filter values asked for (each must equal the value the activity's list data carries); null or
    /// empty for none.</summary>
    IReadOnlyDictionary<string, string>? Atribut(TSaringan saringan);

    /// <summary>The rows of one page (batch lookups for the page only).</summary>
    Task<IReadOnlyList<TRingkas>> BarisAsync(IReadOnlyList<BarisKegiatan<TKegiatan>> halaman, CancellationToken cancellationToken);
}

/// <summary>A list without filters of its own.</summary>
public sealed record TanpaSaringan;

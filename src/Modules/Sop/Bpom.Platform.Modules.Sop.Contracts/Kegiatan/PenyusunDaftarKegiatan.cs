using Bpom.Platform.BuildingBlocks.Application;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Scopes an SOP module's own queries (registries, recaps) to the activities the user may read, as a
/// predicate the database applies: performed by, or routed to, a unit the user reads; unrestricted for national
/// readers of the SOP.</summary>
public sealed class PenyusunDaftarKegiatan(IMediator mediator, IDirektoriOrganisasi direktori)
{
    /// <summary>Keeps the activities of SOP <paramref name="kodeSop"/> the user may read, optionally of one performing
    /// unit and one year.</summary>
    public async Task<IQueryable<T>> CakupanAsync<T>(
        IQueryable<T> query, string kodeSop, CancellationToken cancellationToken, Guid? unitId = null, int? tahun = null)
        where T : class, IKegiatanSop
    {
        if (unitId is { } u)
        {
            query = query.Where(k => k.UnitId == u);
        }

        if (tahun is { } t)
        {
            query = query.Where(k => k.Tahun == t);
        }

        var unit = (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).SaringanUntuk(kodeSop);
        if (unit is null)
        {
            return query;
        }

        var daftar = unit.ToList();
        return query.Where(k => daftar.Contains(k.UnitId) || k.UnitTerlibat.Any(x => daftar.Contains(x)));
    }

    /// <summary>True when the user reads every activity of SOP <paramref name="kodeSop"/> (no unit predicate): a query
    /// may then pick a plan for the whole country rather than for a few units' activities.</summary>
    public async Task<bool> NasionalAsync(string kodeSop, CancellationToken cancellationToken) =>
        (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).SaringanUntuk(kodeSop) is null;

    /// <summary>The rows of a short, already scoped list of activities (at most <see cref="BatasBaris"/>): where each
    /// stands on its SOP and its unit's name, read for those activities only.</summary>
    public async Task<IReadOnlyList<TDto>> SusunAsync<T, TDto>(
        IReadOnlyList<T> rows, Func<IReadOnlyList<BarisKegiatan<T>>, CancellationToken, Task<IReadOnlyList<TDto>>> baris, CancellationToken cancellationToken)
        where T : class, IKegiatanSop
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(baris);
        if (rows.Count > BatasBaris)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"Paling banyak {BatasBaris} kegiatan.");
        }

        var ringkasan = await mediator.Send(new RingkasanInstansQuery(rows.Select(r => r.InstansId).ToList()), cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        return await baris(
            rows.Where(r => ringkasan.ContainsKey(r.InstansId))
                .Select(r => new BarisKegiatan<T>(r, ringkasan[r.InstansId], nama.GetValueOrDefault(r.UnitId, "-"))).ToList(),
            cancellationToken);
    }

    /// <summary>The most activities <see cref="SusunAsync"/> takes.</summary>
    public const int BatasBaris = 100;
}

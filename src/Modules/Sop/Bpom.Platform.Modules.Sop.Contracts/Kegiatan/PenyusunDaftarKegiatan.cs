using Bpom.Platform.BuildingBlocks.Application;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Builds module lists of SOP activities: scoped to what the user may read, joined with where each stands
/// on the SOP, filtered and paged.</summary>
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

        var saringan = (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).SaringanUntuk(kodeSop);
        if (saringan is not { } s)
        {
            return query;
        }

        var unit = s.Unit.ToList();
        var instans = s.Instans.ToList();
        return query.Where(k => unit.Contains(k.UnitId) || instans.Contains(k.InstansId));
    }

    /// <summary>Pages the (already scoped and ordered) rows after the SOP filters; <paramref name="baris"/> makes the
    /// rows of the page from each activity, its SOP summary and its unit's name.</summary>
    public async Task<Halaman<TDto>> HalamanAsync<T, TDto>(
        IReadOnlyList<T> rows, SaringanSop saringan, Func<IReadOnlyList<BarisKegiatan<T>>, CancellationToken, Task<IReadOnlyList<TDto>>> baris,
        CancellationToken cancellationToken)
        where T : class, IKegiatanSop
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(saringan);
        ArgumentNullException.ThrowIfNull(baris);
        var ringkasan = await mediator.Send(new RingkasanInstansQuery(rows.Select(r => r.InstansId).ToList()), cancellationToken);
        var semua = rows
            .Where(r => ringkasan.ContainsKey(r.InstansId))
            .Select(r => (Kegiatan: r, Sop: ringkasan[r.InstansId]))
            .Where(x => saringan.Status is null || x.Sop.Status == saringan.Status)
            .Where(x => saringan.Terlambat is null || x.Sop.Terlambat == saringan.Terlambat)
            .ToList();
        var ukuran = saringan.Ukuran ?? 20;
        var halaman = saringan.Halaman ?? 1;
        var halamanIni = semua.Skip((halaman - 1) * ukuran).Take(ukuran).ToList();
        var namaUnit = await direktori.NamaUnitAsync(halamanIni.Select(x => x.Kegiatan.UnitId).ToList(), cancellationToken);
        var item = await baris(
            halamanIni.Select(x => new BarisKegiatan<T>(x.Kegiatan, x.Sop, namaUnit.GetValueOrDefault(x.Kegiatan.UnitId, "-"))).ToList(), cancellationToken);
        return new Halaman<TDto>(item, semua.Count, halaman, ukuran);
    }
}

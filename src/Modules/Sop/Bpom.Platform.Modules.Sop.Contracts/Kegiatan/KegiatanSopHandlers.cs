using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Creates an activity and its SOP run, for every SOP module the same way.</summary>
internal sealed class BuatKegiatanSopHandler<TKegiatan, TData, TDto>(
    IModulKegiatanSop<TKegiatan, TData, TDto> modul, IIndeksKegiatanSop<TKegiatan> indeks, IRepositori<TKegiatan> kegiatan, PengelolaKegiatanSop pengelola,
    IMediator mediator, ICurrentUser user, IClock clock)
    : IRequestHandler<BuatKegiatanSopCommand<TData, TDto>, TDto>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<TDto> Handle(BuatKegiatanSopCommand<TData, TDto> request, CancellationToken cancellationToken)
    {
        var sop = modul.Sop;
        await pengelola.PastikanBolehMembuatAsync(sop.Kode, sop.PesanBukanPembuat, cancellationToken, sop.HanyaUnitPusatMembuat);
        var k = modul.Baru(new KegiatanBaru(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant()));
        var rute = await modul.IsiAsync(k, request.Data, cancellationToken);
        k.AturUnitTerlibat(rute?.Penugasan.Select(p => p.UnitId) ?? []);
        var instansId = await mediator.Send(
            new BuatInstansSopCommand(
                sop.Kode, sop.Modul, k.Id, k.Judul, k.UnitId, k.Tahun, rute?.Penugasan, rute?.Output, indeks.Indeks(k),
                DasarRekomendasiId: (request.Data as IDasarRekomendasi)?.DasarRekomendasiId),
            cancellationToken);
        k.HubungkanInstans(instansId);
        kegiatan.Tambah(k);
        return await modul.DetailAsync(k, await mediator.Send(new GetInstansQuery(instansId), cancellationToken), cancellationToken);
    }
}

/// <summary>Edits a running activity: authorised on its run, audited, re-routed.</summary>
internal sealed class UbahKegiatanSopHandler<TKegiatan, TData, TDto>(
    IModulKegiatanSop<TKegiatan, TData, TDto> modul, IIndeksKegiatanSop<TKegiatan> indeks, IRepositori<TKegiatan> kegiatan, PengelolaKegiatanSop pengelola,
    IMediator mediator)
    : IRequestHandler<UbahKegiatanSopCommand<TData, TDto>, TDto>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<TDto> Handle(UbahKegiatanSopCommand<TData, TDto> request, CancellationToken cancellationToken)
    {
        var k = await kegiatan.CariAsync(x => x.Id == request.Id, lacak: true, cancellationToken)
            ?? throw new NotFoundException($"{modul.Sop.NamaKegiatan} tidak ditemukan.");
        PengelolaKegiatanSop.PastikanBolehUbah(await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken));
        var sebelum = await modul.RingkasAsync(k, cancellationToken);
        var rute = await modul.IsiAsync(k, request.Data, cancellationToken);
        await pengelola.CatatUbahAsync(k.InstansId, k.Judul, sebelum, await modul.RingkasAsync(k, cancellationToken), cancellationToken);
        if (rute is not null)
        {
            k.AturUnitTerlibat(await mediator.Send(new AturPenugasanCommand(k.InstansId, rute.Penugasan, rute.Output), cancellationToken));
        }

        await mediator.Send(new IndeksKegiatanSopCommand([new IndeksKegiatanBaru(k.InstansId, k.Judul, indeks.Indeks(k))]), cancellationToken);

        return await modul.DetailAsync(k, await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken), cancellationToken);
    }
}

/// <summary>Reads one activity with its run.</summary>
internal sealed class GetKegiatanSopHandler<TKegiatan, TData, TDto>(
    IModulKegiatanSop<TKegiatan, TData, TDto> modul, IRepositori<TKegiatan> kegiatan, IMediator mediator)
    : IRequestHandler<GetKegiatanSopQuery<TDto>, TDto>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<TDto> Handle(GetKegiatanSopQuery<TDto> request, CancellationToken cancellationToken)
    {
        var k = await kegiatan.CariAsync(x => x.Id == request.Id, lacak: false, cancellationToken)
            ?? throw new NotFoundException($"{modul.Sop.NamaKegiatan} tidak ditemukan.");
        return await modul.DetailAsync(k, await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken), cancellationToken);
    }
}

/// <summary>Lists the activities the user may read: the engine finds the page (scope, filters, search, status, order,
/// paging in one indexed query); the module's rows of that page only are read and shown.</summary>
internal sealed class DaftarKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>(
    IDaftarKegiatanSop<TKegiatan, TSaringan, TRingkas> daftar, IRepositori<TKegiatan> kegiatan, IMediator mediator, IDirektoriOrganisasi direktori)
    : IRequestHandler<DaftarKegiatanSopQuery<TSaringan, TRingkas>, Halaman<TRingkas>>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<Halaman<TRingkas>> Handle(DaftarKegiatanSopQuery<TSaringan, TRingkas> request, CancellationToken cancellationToken)
    {
        var s = request.SaringanSop;
        var halaman = await mediator.Send(
            await KueriAsync(daftar.Sop, daftar.Atribut(request.Saringan), request.UnitId, request.Tahun, request.Cari, s, direktori, cancellationToken),
            cancellationToken);
        var ids = halaman.Item.Select(i => i.ReferensiId).ToList();
        var rows = (await kegiatan.DaftarAsync(kegiatan.Query().Where(k => ids.Contains(k.Id)), cancellationToken)).ToDictionary(k => k.Id);
        var nama = await direktori.NamaUnitAsync(rows.Values.Select(k => k.UnitId).ToList(), cancellationToken);
        var baris = halaman.Item.Where(i => rows.ContainsKey(i.ReferensiId))
            .Select(i => new BarisKegiatan<TKegiatan>(rows[i.ReferensiId], i, nama.GetValueOrDefault(rows[i.ReferensiId].UnitId, "-")))
            .ToList();
        var item = await daftar.BarisAsync(baris, cancellationToken);
        return new Halaman<TRingkas>(item, halaman.Total, halaman.NomorHalaman, halaman.UkuranHalaman, halaman.TotalPasti);
    }

    /// <summary>The engine's query for a module list request; a province becomes the units located in it (an unknown
    /// province: no unit, an empty list).</summary>
    internal static async Task<CariKegiatanSopQuery> KueriAsync(
        DeskripsiSop sop, IReadOnlyDictionary<string, string>? atribut, Guid? unitId, int? tahun, string? cari, SaringanSop s, IDirektoriOrganisasi direktori,
        CancellationToken cancellationToken)
    {
        var unitIds = string.IsNullOrWhiteSpace(s.Provinsi) ? null : await direktori.UnitDiProvinsiAsync(s.Provinsi, cancellationToken);
        return new CariKegiatanSopQuery(
            sop.Kode, sop.Modul, unitId, tahun, cari, atribut, s.Status, s.Terlambat, s.Halaman ?? 1, s.Ukuran ?? 20, unitIds, s.Urut);
    }
}

/// <summary>Exports what a module list finds (<see cref="EksporKegiatanSopQuery{TSaringan, TRingkas}"/>).</summary>
internal sealed class EksporKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>(
    IDaftarKegiatanSop<TKegiatan, TSaringan, TRingkas> daftar, IMediator mediator, IDirektoriOrganisasi direktori, IClock clock)
    : IRequestHandler<EksporKegiatanSopQuery<TSaringan, TRingkas>, BerkasEkspor>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<BerkasEkspor> Handle(EksporKegiatanSopQuery<TSaringan, TRingkas> request, CancellationToken cancellationToken)
    {
        var kueri = await DaftarKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>.KueriAsync(
            daftar.Sop, daftar.Atribut(request.Saringan), request.UnitId, request.Tahun, request.Cari, request.SaringanSop, direktori, cancellationToken);
        var nama = $"{daftar.Sop.Modul.ToLowerInvariant()}-{clock.GetCurrentInstant().InUtc().Date:yyyy-MM-dd}.xlsx";
        return await mediator.Send(new EksporKegiatanSopCommand(kueri, nama), cancellationToken);
    }
}

/// <summary>Gives the engine the list data (and keeps the routed units) of activities created before the module did,
/// one batch, in one transaction. Returns how many were filled; 0 when none are left (a run whose module row is
/// missing is never filled, so a batch of those alone also ends the fill).</summary>
internal sealed record IsiIndeksKegiatanSopCommand<TKegiatan> : ICommand<int>
    where TKegiatan : class, IKegiatanSop;

internal sealed class IsiIndeksKegiatanSopValidator<TKegiatan> : AbstractValidator<IsiIndeksKegiatanSopCommand<TKegiatan>>
    where TKegiatan : class, IKegiatanSop;

internal sealed class IsiIndeksKegiatanSopHandler<TKegiatan>(IIndeksKegiatanSop<TKegiatan> indeks, IRepositori<TKegiatan> kegiatan, IMediator mediator)
    : IRequestHandler<IsiIndeksKegiatanSopCommand<TKegiatan>, int>
    where TKegiatan : class, IKegiatanSop
{
    public const int Ukuran = 500;

    public async Task<int> Handle(IsiIndeksKegiatanSopCommand<TKegiatan> request, CancellationToken cancellationToken)
    {
        var tanpa = await mediator.Send(new InstansTanpaIndeksQuery(indeks.Sop.Modul, Ukuran), cancellationToken);
        if (tanpa.Count == 0)
        {
            return 0;
        }

        var refs = tanpa.Select(t => t.ReferensiId).ToList();
        var rows = (await kegiatan.DaftarAsync(kegiatan.Query(lacak: true).Where(k => refs.Contains(k.Id)), cancellationToken)).ToDictionary(k => k.Id);
        var baru = new List<IndeksKegiatanBaru>();
        foreach (var t in tanpa.Where(t => rows.ContainsKey(t.ReferensiId)))
        {
            var k = rows[t.ReferensiId];
            k.AturUnitTerlibat(t.UnitTerlibat);
            baru.Add(new IndeksKegiatanBaru(t.InstansId, k.Judul, indeks.Indeks(k)));
        }

        if (baru.Count > 0)
        {
            await mediator.Send(new IndeksKegiatanSopCommand(baru), cancellationToken);
        }

        return baru.Count;
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Application.Security;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Creates an activity and its SOP run, for every SOP module the same way.</summary>
internal sealed class BuatKegiatanSopHandler<TKegiatan, TData, TDto>(
    IModulKegiatanSop<TKegiatan, TData, TDto> modul, IRepositori<TKegiatan> kegiatan, PengelolaKegiatanSop pengelola, IMediator mediator,
    ICurrentUser user, IClock clock)
    : IRequestHandler<BuatKegiatanSopCommand<TData, TDto>, TDto>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<TDto> Handle(BuatKegiatanSopCommand<TData, TDto> request, CancellationToken cancellationToken)
    {
        var sop = modul.Sop;
        await pengelola.PastikanBolehMembuatAsync(sop.Kode, sop.PesanBukanPembuat, cancellationToken, sop.HanyaUnitPusatMembuat);
        var k = modul.Baru(new KegiatanBaru(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant()));
        var rute = await modul.IsiAsync(k, request.Data, cancellationToken);
        var instansId = await mediator.Send(
            new BuatInstansSopCommand(sop.Kode, sop.Modul, k.Id, k.Judul, k.UnitId, k.Tahun, rute?.Penugasan, rute?.Output), cancellationToken);
        k.HubungkanInstans(instansId);
        kegiatan.Tambah(k);
        return await modul.DetailAsync(k, await mediator.Send(new GetInstansQuery(instansId), cancellationToken), cancellationToken);
    }
}

/// <summary>Edits a running activity: authorised on its run, audited, re-routed.</summary>
internal sealed class UbahKegiatanSopHandler<TKegiatan, TData, TDto>(
    IModulKegiatanSop<TKegiatan, TData, TDto> modul, IRepositori<TKegiatan> kegiatan, PengelolaKegiatanSop pengelola, IMediator mediator)
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
            await mediator.Send(new AturPenugasanCommand(k.InstansId, rute.Penugasan, rute.Output), cancellationToken);
        }

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

/// <summary>Lists the activities the user may read: scope, the module's filters, SOP status, one page.</summary>
internal sealed class DaftarKegiatanSopHandler<TKegiatan, TSaringan, TRingkas>(
    IDaftarKegiatanSop<TKegiatan, TSaringan, TRingkas> daftar, IRepositori<TKegiatan> kegiatan, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarKegiatanSopQuery<TSaringan, TRingkas>, BuildingBlocks.Application.Halaman<TRingkas>>
    where TKegiatan : class, IKegiatanSop
{
    public async Task<BuildingBlocks.Application.Halaman<TRingkas>> Handle(DaftarKegiatanSopQuery<TSaringan, TRingkas> request, CancellationToken cancellationToken)
    {
        var q = await penyusun.CakupanAsync(kegiatan.Query(), daftar.Sop.Kode, cancellationToken, request.UnitId, request.Tahun);
        q = daftar.Saring(q, string.IsNullOrWhiteSpace(request.Cari) ? null : request.Cari.Trim(), request.Saringan);
        var rows = await kegiatan.DaftarAsync(q, cancellationToken);
        return await penyusun.HalamanAsync(rows, request.SaringanSop, daftar.BarisAsync, cancellationToken);
    }
}

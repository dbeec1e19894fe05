using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Pembinaan.Application.Kegiatan;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pembinaan.Application.Registri;

/// <summary>A registry record with the guidance it received, newest first.</summary>
internal sealed record SasaranDetailDto(SasaranDto Sasaran, IReadOnlyList<KegiatanPembinaanRingkasDto> Riwayat);

/// <summary>One registry record with its guidance history (the latest 100 activities the user may read; 404 when
/// there is none).</summary>
internal sealed record GetSasaranQuery(Guid Id) : IQuery<SasaranDetailDto>;

internal sealed class GetSasaranQueryValidator : AbstractValidator<GetSasaranQuery>
{
    public GetSasaranQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetSasaranQueryHandler(
    PembinaanDbContext db, PenyusunDaftarKegiatan penyusun, IDaftarKegiatanSop<KegiatanPembinaan, SaringanPembinaan, KegiatanPembinaanRingkasDto> daftar)
    : IRequestHandler<GetSasaranQuery, SasaranDetailDto>
{
    public async Task<SasaranDetailDto> Handle(GetSasaranQuery request, CancellationToken cancellationToken)
    {
        var sasaran = await db.Sasaran.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Pelaku usaha/pemangku kepentingan tidak ditemukan.");
        var rows = await (await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopPembinaan.Kode, cancellationToken))
            .Where(k => k.SasaranIds.Contains(request.Id))
            .OrderByDescending(k => k.TanggalRencanaMulai).ThenByDescending(k => k.DibuatPada).Take(PenyusunDaftarKegiatan.BatasBaris)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            throw new NotFoundException("Pelaku usaha/pemangku kepentingan tidak ditemukan.");
        }

        var riwayat = await penyusun.SusunAsync(rows, daftar.BarisAsync, cancellationToken);
        return new SasaranDetailDto(KegiatanPembinaanMapping.KeDto(sasaran), riwayat);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

/// <summary>A facilitator's profile (404 outside the user's cohorts).</summary>
internal sealed record GetFasilitatorQuery(Guid Id) : IQuery<FasilitatorDto>;

internal sealed class GetFasilitatorQueryValidator : AbstractValidator<GetFasilitatorQuery>
{
    public GetFasilitatorQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetFasilitatorQueryHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, AksesFasilitator akses, ICurrentUser user, IClock clock)
    : IRequestHandler<GetFasilitatorQuery, FasilitatorDto>
{
    public async Task<FasilitatorDto> Handle(GetFasilitatorQuery request, CancellationToken cancellationToken)
    {
        var peserta = await (await cakupan.PesertaAsync(cancellationToken)).Where(p => p.FasilitatorId == request.Id)
            .Join(db.Angkatan, p => p.AngkatanId, a => a.Id, (p, a) => new { Peserta = p, Angkatan = a })
            .ToListAsync(cancellationToken);
        if (peserta.Count == 0)
        {
            throw new NotFoundException("Fasilitator tidak ditemukan.");
        }

        var f = await db.Fasilitator.AsNoTracking().SingleAsync(x => x.Id == request.Id, cancellationToken);
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        var tugas = await db.Pendampingan.AsNoTracking().Where(p => p.FasilitatorId == f.Id).OrderByDescending(p => p.Mulai).ToListAsync(cancellationToken);
        return new FasilitatorDto(
            f.Id, f.Nama, nik ? f.Nik : Nik.Samarkan(f.Nik), f.Telepon, f.Email, f.Provinsi, f.KabupatenKota, f.InstansiPenugas, f.Perjanjian,
            peserta.OrderByDescending(x => x.Peserta.DidaftarkanPada)
                .Select(x => new KeikutsertaanDto(x.Angkatan.Id, x.Angkatan.Nama, PembacaAngkatan.KeDto(x.Peserta, f, nik, []))).ToList(),
            tugas.Select(t => new PendampinganDto(t.Id, t.SasaranPembinaanId, t.NamaUsaha, t.Nib, t.Mulai, t.Selesai, t.Catatan)).ToList(),
            PendampinganRules.Diakui(peserta.Select(x => x.Peserta), PendampinganRules.HariIni(clock)) && PendampinganRules.BolehMenugaskan(user));
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.Auth;

/// <summary>The signed-in user with their unit.</summary>
internal sealed record ProfilSaya(
    Guid Id, string Username, string NamaLengkap, IReadOnlyList<string> Peran,
    Guid UnitId, string NamaUnit, string JenisUnit, string ZonaWaktu);

internal sealed record GetProfilSayaQuery : IQuery<ProfilSaya>;

internal sealed class GetProfilSayaQueryHandler(OrganisasiDbContext db, ICurrentUser user) : IRequestHandler<GetProfilSayaQuery, ProfilSaya>
{
    public async Task<ProfilSaya> Handle(GetProfilSayaQuery request, CancellationToken cancellationToken)
    {
        var profil = await (
                from p in db.Pengguna.AsNoTracking()
                join u in db.UnitKerja.AsNoTracking() on p.UnitId equals u.Id
                where p.Id == user.UserId
                select new { p.Id, p.Username, p.NamaLengkap, p.Peran, u.Nama, UnitId = u.Id, u.Jenis, u.ZonaWaktu })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        return new ProfilSaya(profil.Id, profil.Username, profil.NamaLengkap, profil.Peran, profil.UnitId, profil.Nama,
            profil.Jenis.ToString(), profil.ZonaWaktu);
    }
}

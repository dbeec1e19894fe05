using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

internal sealed record DaftarPenggunaQuery(Guid? UnitId, string? Cari) : IQuery<IReadOnlyList<PenggunaDto>>;

internal sealed class DaftarPenggunaQueryValidator : AbstractValidator<DaftarPenggunaQuery>
{
    public DaftarPenggunaQueryValidator() => RuleFor(x => x.Cari).MaximumLength(100);
}

internal sealed class DaftarPenggunaQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<DaftarPenggunaQuery, IReadOnlyList<PenggunaDto>>
{
    public async Task<IReadOnlyList<PenggunaDto>> Handle(DaftarPenggunaQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var q = db.Pengguna.AsNoTracking();
        if (request.UnitId is { } unitId)
        {
            q = q.Where(p => p.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(p => EF.Functions.ILike(p.Username, pola) || EF.Functions.ILike(p.NamaLengkap, pola));
        }

        return await Proyeksi(db, q.OrderBy(p => p.Username), now).ToListAsync(cancellationToken);
    }

    internal static IQueryable<PenggunaDto> Proyeksi(OrganisasiDbContext db, IQueryable<PenggunaEntity> q, Instant now) =>
        q.Select(p => new PenggunaDto(p.Id, p.Username, p.NamaLengkap, p.UnitId,
            db.UnitKerja.Where(u => u.Id == p.UnitId).Select(u => u.Nama).First(), p.Peran, p.Aktif,
            p.TerkunciSampai != null && p.TerkunciSampai > now, p.TerkunciSampai, p.LoginTerakhir, p.Email, p.Versi));
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>Users by username, one page, filtered by unit and a search in username or full name — in SQL.</summary>
internal sealed record DaftarPenggunaQuery(Guid? UnitId, string? Cari, int? Halaman = null, int? Ukuran = null) : IQuery<Halaman<PenggunaDto>>;

internal sealed class DaftarPenggunaQueryValidator : AbstractValidator<DaftarPenggunaQuery>
{
    public DaftarPenggunaQueryValidator()
    {
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class DaftarPenggunaQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<DaftarPenggunaQuery, Halaman<PenggunaDto>>
{
    public async Task<Halaman<PenggunaDto>> Handle(DaftarPenggunaQuery request, CancellationToken cancellationToken)
    {
        var (nomor, ukuran) = (request.Halaman ?? 1, request.Ukuran ?? 25);
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

        var batas = Halaman<PenggunaDto>.BatasUntuk(nomor, ukuran);
        var total = await q.Take(batas).CountAsync(cancellationToken);
        var item = await Proyeksi(db, q.OrderBy(p => p.Username).Skip((nomor - 1) * ukuran).Take(ukuran), now).ToListAsync(cancellationToken);
        return Halaman<PenggunaDto>.DariHitungan(item, total, batas, nomor, ukuran);
    }

    internal static IQueryable<PenggunaDto> Proyeksi(OrganisasiDbContext db, IQueryable<PenggunaEntity> q, Instant now) =>
        q.Select(p => new PenggunaDto(p.Id, p.Username, p.NamaLengkap, p.UnitId,
            db.UnitKerja.Where(u => u.Id == p.UnitId).Select(u => u.Nama).First(), p.Peran, p.Aktif,
            p.TerkunciSampai != null && p.TerkunciSampai > now, p.TerkunciSampai, p.LoginTerakhir, p.Email, p.Versi));
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application;

/// <summary>An in-app notification.</summary>
internal sealed record NotifikasiDto(
    Guid Id, JenisNotifikasi Jenis, string Judul, string Pesan, Guid? InstansId, string? Modul, Guid? ReferensiId, string? LangkahKode,
    Instant DibuatPada, Instant? DibacaPada, string? Parameter);

/// <summary>The user's notifications, newest first, and how many are unread.</summary>
internal sealed record DaftarNotifikasiDto(int BelumDibaca, IReadOnlyList<NotifikasiDto> Item);

/// <summary>Lists the current user's notifications (at most <paramref name="Batas"/>, default 50).</summary>
internal sealed record DaftarNotifikasiQuery(bool HanyaBelumDibaca, int? Batas) : IQuery<DaftarNotifikasiDto>;

internal sealed class DaftarNotifikasiQueryValidator : AbstractValidator<DaftarNotifikasiQuery>
{
    public DaftarNotifikasiQueryValidator() => RuleFor(x => x.Batas).InclusiveBetween(1, 200).WithMessage("batas harus antara 1 dan 200.");
}

internal sealed class DaftarNotifikasiQueryHandler(NotifikasiDbContext db, ICurrentUser user) : IRequestHandler<DaftarNotifikasiQuery, DaftarNotifikasiDto>
{
    public async Task<DaftarNotifikasiDto> Handle(DaftarNotifikasiQuery request, CancellationToken cancellationToken)
    {
        var milik = db.Notifikasi.AsNoTracking().Where(n => n.PenggunaId == user.UserId);
        var belum = await milik.CountAsync(n => n.DibacaPada == null, cancellationToken);
        var q = request.HanyaBelumDibaca ? milik.Where(n => n.DibacaPada == null) : milik;
        var rows = await q.OrderByDescending(n => n.DibuatPada).ThenByDescending(n => n.Id).Take(request.Batas ?? 50).ToListAsync(cancellationToken);
        return new DaftarNotifikasiDto(belum, rows.Select(n => new NotifikasiDto(
            n.Id, n.Jenis, n.Judul, n.Pesan, n.InstansId, n.Modul, n.ReferensiId, n.LangkahKode, n.DibuatPada, n.DibacaPada, n.Parameter)).ToList());
    }
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Audit;

/// <summary>An audit entry of performance data.</summary>
internal sealed record AuditKinerjaDto(Instant Pada, string Oleh, string? Periode, string Aksi, string Keterangan, string? Alasan, bool Terlambat);

/// <summary>The audit trail of a unit's performance data for a year, newest first.</summary>
internal sealed record DaftarAuditKinerjaQuery(Guid UnitId, int Tahun) : IQuery<IReadOnlyList<AuditKinerjaDto>>;

internal sealed class DaftarAuditKinerjaQueryValidator : AbstractValidator<DaftarAuditKinerjaQuery>
{
    public DaftarAuditKinerjaQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
    }
}

internal sealed class DaftarAuditKinerjaQueryHandler(KinerjaDbContext db, AksesKinerja akses) : IRequestHandler<DaftarAuditKinerjaQuery, IReadOnlyList<AuditKinerjaDto>>
{
    public async Task<IReadOnlyList<AuditKinerjaDto>> Handle(DaftarAuditKinerjaQuery request, CancellationToken cancellationToken)
    {
        await akses.PastikanBacaAsync(request.UnitId, cancellationToken);
        return await db.Audit.AsNoTracking().Where(a => a.UnitId == request.UnitId && a.Tahun == request.Tahun).OrderByDescending(a => a.Pada)
            .Select(a => new AuditKinerjaDto(a.Pada, a.Oleh, a.Periode, a.Aksi, a.Keterangan, a.Alasan, a.Terlambat)).ToListAsync(cancellationToken);
    }
}

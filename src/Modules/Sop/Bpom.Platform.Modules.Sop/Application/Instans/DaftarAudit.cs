using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>An audit entry as shown to users.</summary>
internal sealed record AuditDto(
    Guid Id, string? LangkahKode, string Aksi, string? Dari, string? Ke, string? Alasan, string? Keterangan, string Oleh, string? Unit, Instant Waktu);

/// <summary>The audit trail of one activity, oldest first.</summary>
internal sealed record DaftarAuditQuery(Guid InstansId) : IQuery<IReadOnlyList<AuditDto>>;

internal sealed class DaftarAuditQueryValidator : AbstractValidator<DaftarAuditQuery>
{
    public DaftarAuditQueryValidator() => RuleFor(x => x.InstansId).NotEmpty();
}

internal sealed class DaftarAuditQueryHandler(SopDbContext db, PembacaInstans pembaca, IDirektoriOrganisasi direktori)
    : IRequestHandler<DaftarAuditQuery, IReadOnlyList<AuditDto>>
{
    public async Task<IReadOnlyList<AuditDto>> Handle(DaftarAuditQuery request, CancellationToken cancellationToken)
    {
        await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.InstansId == request.InstansId)
            .OrderBy(a => a.Urutan).ToListAsync(cancellationToken);
        var unit = await direktori.NamaUnitAsync(rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).ToList(), cancellationToken);

        return rows.Select(a => new AuditDto(
            a.Id, a.LangkahKode, a.Aksi, a.Dari, a.Ke, a.Alasan, a.Keterangan, a.NamaPengguna,
            a.UnitId is { } u ? unit.GetValueOrDefault(u, "-") : null, a.Waktu)).ToList();
    }
}

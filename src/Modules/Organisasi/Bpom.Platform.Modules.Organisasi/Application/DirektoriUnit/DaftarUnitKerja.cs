using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

/// <summary>Lists units, optionally filtered by kind, province or a name fragment.</summary>
internal sealed record DaftarUnitKerjaQuery(JenisUnit? Jenis, string? Provinsi, string? Cari, Guid? KoordinatorId) : IQuery<IReadOnlyList<UnitKerjaDto>>;

internal sealed class DaftarUnitKerjaQueryValidator : AbstractValidator<DaftarUnitKerjaQuery>
{
    public DaftarUnitKerjaQueryValidator()
    {
        RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis unit tidak dikenal.");
        RuleFor(x => x.Provinsi).MaximumLength(100);
        RuleFor(x => x.Cari).MaximumLength(100);
    }
}

internal sealed class DaftarUnitKerjaQueryHandler(OrganisasiDbContext db) : IRequestHandler<DaftarUnitKerjaQuery, IReadOnlyList<UnitKerjaDto>>
{
    public async Task<IReadOnlyList<UnitKerjaDto>> Handle(DaftarUnitKerjaQuery request, CancellationToken cancellationToken)
    {
        var q = db.UnitKerja.AsNoTracking();
        if (request.Jenis is { } jenis)
        {
            q = q.Where(u => u.Jenis == jenis);
        }

        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            q = q.Where(u => u.Provinsi == request.Provinsi.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(u => EF.Functions.ILike(u.Nama, pola));
        }

        if (request.KoordinatorId is { } koordinatorId)
        {
            q = q.Where(u => u.KoordinatorId == koordinatorId);
        }

        return await q.OrderBy(u => u.Jenis).ThenBy(u => u.Nama).ToDto(db.UnitKerja.AsNoTracking()).ToListAsync(cancellationToken);
    }
}

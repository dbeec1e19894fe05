using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

internal sealed record DaftarHariLiburQuery(int? Tahun) : IQuery<IReadOnlyList<HariLiburDto>>;

internal sealed class DaftarHariLiburQueryValidator : AbstractValidator<DaftarHariLiburQuery>
{
    public DaftarHariLiburQueryValidator() =>
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
}

internal sealed class DaftarHariLiburQueryHandler(OrganisasiDbContext db) : IRequestHandler<DaftarHariLiburQuery, IReadOnlyList<HariLiburDto>>
{
    public async Task<IReadOnlyList<HariLiburDto>> Handle(DaftarHariLiburQuery request, CancellationToken cancellationToken)
    {
        var q = db.TanggalLibur.AsNoTracking();
        if (request.Tahun is { } tahun)
        {
            var (awal, akhir) = (new LocalDate(tahun, 1, 1), new LocalDate(tahun, 12, 31));
            q = q.Where(t => t.Tanggal >= awal && t.Tanggal <= akhir);
        }

        var rows = await q.OrderBy(t => t.Tanggal).ThenBy(t => t.Nama).ToListAsync(cancellationToken);
        return rows.Select(HariLiburMapping.ToDto).ToList();
    }
}

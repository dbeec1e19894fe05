using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Definisi;

/// <summary>Lists SOP definitions: by default the version in force today for each SOP; with
/// <paramref name="SemuaVersi"/> every stored version.</summary>
internal sealed record DaftarDefinisiSopQuery(string? Kode, bool SemuaVersi) : IQuery<IReadOnlyList<DefinisiSop>>;

internal sealed class DaftarDefinisiSopQueryValidator : AbstractValidator<DaftarDefinisiSopQuery>
{
    public DaftarDefinisiSopQueryValidator() => RuleFor(x => x.Kode).MaximumLength(40);
}

internal sealed class DaftarDefinisiSopQueryHandler(SopDbContext db, IClock clock) : IRequestHandler<DaftarDefinisiSopQuery, IReadOnlyList<DefinisiSop>>
{
    public async Task<IReadOnlyList<DefinisiSop>> Handle(DaftarDefinisiSopQuery request, CancellationToken cancellationToken)
    {
        var q = db.DefinisiSop.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Kode))
        {
            q = q.Where(d => d.Kode == request.Kode.Trim());
        }

        var rows = await q.OrderBy(d => d.Kode).ThenBy(d => d.Versi).ToListAsync(cancellationToken);
        if (!request.SemuaVersi)
        {
            var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
            rows = rows.GroupBy(r => r.Kode)
                .Select(g => g.Where(r => r.BerlakuMulai <= hariIni).OrderByDescending(r => r.Versi).FirstOrDefault() ?? g.OrderBy(r => r.Versi).First())
                .ToList();
        }

        if (rows.Count == 0 && !string.IsNullOrWhiteSpace(request.Kode))
        {
            throw new NotFoundException($"SOP {request.Kode} tidak ditemukan.");
        }

        return rows.Select(r => new DefinisiSop(r.Kode, r.Nama, r.Versi, r.BerlakuMulai, KatalogSop.ParseLangkah(r.Langkah))).ToList();
    }
}

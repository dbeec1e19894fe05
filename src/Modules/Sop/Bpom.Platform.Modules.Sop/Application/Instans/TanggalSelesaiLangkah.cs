using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class TanggalSelesaiLangkahQueryValidator : AbstractValidator<TanggalSelesaiLangkahQuery>
{
    public TanggalSelesaiLangkahQueryValidator()
    {
        RuleFor(x => x.InstansIds).NotNull();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
    }
}

internal sealed class TanggalSelesaiLangkahQueryHandler(Infrastructure.Persistence.SopDbContext db)
    : IRequestHandler<TanggalSelesaiLangkahQuery, IReadOnlyDictionary<Guid, NodaTime.LocalDate>>
{
    public async Task<IReadOnlyDictionary<Guid, NodaTime.LocalDate>> Handle(TanggalSelesaiLangkahQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        var rows = await db.Langkah.AsNoTracking()
            .Where(l => ids.Contains(l.InstansId) && l.Kode == request.Kode && l.Status == StatusLangkah.Selesai && l.TanggalSelesai != null)
            .Select(l => new { l.InstansId, l.TanggalSelesai })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.InstansId, r => r.TanggalSelesai!.Value);
    }
}

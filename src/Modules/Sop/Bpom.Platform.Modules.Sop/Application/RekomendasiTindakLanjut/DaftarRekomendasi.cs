using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Recommendations and follow-ups of one activity.</summary>
internal sealed record DaftarRekomendasiQuery(Guid InstansId) : IQuery<IReadOnlyList<RekomendasiDto>>;

internal sealed class DaftarRekomendasiQueryValidator : AbstractValidator<DaftarRekomendasiQuery>
{
    public DaftarRekomendasiQueryValidator() => RuleFor(x => x.InstansId).NotEmpty();
}

internal sealed class DaftarRekomendasiQueryHandler(SopDbContext db, PembacaInstans pembaca, IClock clock)
    : IRequestHandler<DaftarRekomendasiQuery, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(DaftarRekomendasiQuery request, CancellationToken cancellationToken) =>
        await RekomendasiMapping.BacaAsync(db, await pembaca.MuatAsync(request.InstansId, cancellationToken), clock, cancellationToken);
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Organisasi.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

internal sealed class GetUnitTerjangkauQueryValidator : AbstractValidator<GetUnitTerjangkauQuery>
{
    public GetUnitTerjangkauQueryValidator() => RuleFor(x => x.UnitId).NotEmpty();
}

internal sealed class GetUnitTerjangkauQueryHandler(IDirektoriOrganisasi direktori) : IRequestHandler<GetUnitTerjangkauQuery, IReadOnlyList<Guid>>
{
    public Task<IReadOnlyList<Guid>> Handle(GetUnitTerjangkauQuery request, CancellationToken cancellationToken) =>
        direktori.UnitTerjangkauAsync(request.UnitId, cancellationToken);
}

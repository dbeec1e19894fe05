using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class GetInstansQueryValidator : AbstractValidator<GetInstansQuery>
{
    public GetInstansQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetInstansQueryHandler(PembacaInstans pembaca) : IRequestHandler<GetInstansQuery, InstansDto>
{
    public async Task<InstansDto> Handle(GetInstansQuery request, CancellationToken cancellationToken) =>
        await pembaca.BacaAsync(await pembaca.MuatAsync(request.Id, cancellationToken, lacak: false), cancellationToken);
}

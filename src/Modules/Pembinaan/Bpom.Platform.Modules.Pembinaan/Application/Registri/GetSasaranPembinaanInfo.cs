using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pembinaan.Application.Registri;

internal sealed class GetSasaranPembinaanInfoQueryValidator : AbstractValidator<Contracts.GetSasaranPembinaanInfoQuery>
{
    public GetSasaranPembinaanInfoQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetSasaranPembinaanInfoQueryHandler(PembinaanDbContext db) : IRequestHandler<Contracts.GetSasaranPembinaanInfoQuery, Contracts.SasaranPembinaanInfo?>
{
    public async Task<Contracts.SasaranPembinaanInfo?> Handle(Contracts.GetSasaranPembinaanInfoQuery request, CancellationToken cancellationToken)
    {
        var s = await db.Sasaran.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
        return s is null ? null : new Contracts.SasaranPembinaanInfo(s.Id, s.Nama, s.Jenis.ToString(), s.Nib, s.Provinsi, s.KabupatenKota);
    }
}

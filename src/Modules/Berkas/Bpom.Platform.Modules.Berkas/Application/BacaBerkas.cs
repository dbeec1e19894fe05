using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Berkas.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Berkas.Application;

internal sealed class BacaBerkasQueryValidator : AbstractValidator<BacaBerkasQuery>
{
    public BacaBerkasQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class BacaBerkasQueryHandler(BerkasDbContext db) : IRequestHandler<BacaBerkasQuery, IsiBerkas>
{
    public async Task<IsiBerkas> Handle(BacaBerkasQuery request, CancellationToken cancellationToken) =>
        await db.Berkas.AsNoTracking().Where(b => b.Id == request.Id)
            .Select(b => new IsiBerkas(b.NamaBerkas, b.JenisKonten, b.Sha256, b.Isi))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Dokumen tidak ditemukan.");
}

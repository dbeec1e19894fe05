using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Application.Auth;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>Lifts a lockout after repeated failed logins (admin).</summary>
internal sealed record BukaKunciPenggunaCommand(Guid Id) : ICommand<PenggunaDto>;

internal sealed class BukaKunciPenggunaCommandValidator : AbstractValidator<BukaKunciPenggunaCommand>
{
    public BukaKunciPenggunaCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class BukaKunciPenggunaCommandHandler(OrganisasiDbContext db, IPrasyaratVersi prasyarat, PenjagaLogin penjaga, IMediator mediator) : IRequestHandler<BukaKunciPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(BukaKunciPenggunaCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(pengguna.Id.ToString("N"), Etag.Buat(pengguna.Id, pengguna.Versi));
        pengguna.BukaKunci();
        await penjaga.BukaSemuaAsync(pengguna.Username, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

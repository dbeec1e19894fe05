using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Application.Auth;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>Sets a new password for a user and lifts any lockout (admin).</summary>
internal sealed record AturKataSandiCommand(Guid Id, string KataSandi) : ICommand<PenggunaDto>;

internal sealed class AturKataSandiCommandValidator : AbstractValidator<AturKataSandiCommand>
{
    public AturKataSandiCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.KataSandi).KataSandiKuat();
    }
}

internal sealed class AturKataSandiCommandHandler(OrganisasiDbContext db, IPrasyaratVersi prasyarat, PemeriksaSesi pemeriksa, IPasswordHasher<PenggunaEntity> hasher, IMediator mediator)
    : IRequestHandler<AturKataSandiCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(AturKataSandiCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(pengguna.Id.ToString("N"), Etag.Buat(pengguna.Id, pengguna.Versi));
        pengguna.GantiKataSandi(hasher.HashPassword(pengguna, request.KataSandi));
        pengguna.BukaKunci();
        await db.SaveChangesAsync(cancellationToken);
        await pemeriksa.LupakanPenggunaAsync(db, pengguna.Id, cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

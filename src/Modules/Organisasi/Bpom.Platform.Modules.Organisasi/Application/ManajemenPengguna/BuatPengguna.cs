using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>Creates a user account (admin); <paramref name="Email"/> is where notifications are mailed (optional).</summary>
internal sealed record BuatPenggunaCommand(string Username, string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, string KataSandi, string? Email = null) : ICommand<PenggunaDto>;

internal sealed class BuatPenggunaCommandValidator : AbstractValidator<BuatPenggunaCommand>
{
    public BuatPenggunaCommandValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Nama pengguna wajib diisi.")
            .Matches("^[a-zA-Z0-9._-]{3,64}$").WithMessage("Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah atau tanda hubung.");
        RuleFor(x => x.NamaLengkap).NotEmpty().WithMessage("Nama lengkap wajib diisi.").MaximumLength(200);
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Peran).PeranValid();
        RuleFor(x => x.KataSandi).KataSandiKuat();
        RuleFor(x => x.Email).EmailValid();
    }
}

internal sealed class BuatPenggunaCommandHandler(OrganisasiDbContext db, IPasswordHasher<PenggunaEntity> hasher, IClock clock, IMediator mediator)
    : IRequestHandler<BuatPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(BuatPenggunaCommand request, CancellationToken cancellationToken)
    {
        await PenggunaRules.PastikanUnitAda(db, request.UnitId, cancellationToken);
        var username = PenggunaEntity.NormalisasiUsername(request.Username);
        if (await db.Pengguna.AnyAsync(p => p.Username == username, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Username), "Nama pengguna sudah dipakai.")]);
        }

        var pengguna = new PenggunaEntity(Guid.CreateVersion7(), username, request.NamaLengkap.Trim(), request.UnitId, request.Peran, clock.GetCurrentInstant());
        pengguna.GantiEmail(request.Email);
        pengguna.SetPasswordHash(hasher.HashPassword(pengguna, request.KataSandi));
        db.Pengguna.Add(pengguna);
        await db.SaveChangesAsync(cancellationToken);
        return await Lihat(mediator, pengguna.Id, cancellationToken);
    }

    internal static Task<PenggunaDto> Lihat(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new GetPenggunaQuery(id), cancellationToken);
}

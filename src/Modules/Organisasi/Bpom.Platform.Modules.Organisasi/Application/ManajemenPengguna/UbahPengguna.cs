using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Application.Auth;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>Changes a user's name, unit, roles, active flag and e-mail address (admin; empty e-mail: none).</summary>
internal sealed record UbahPenggunaCommand(Guid Id, string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, bool Aktif, string? Email = null) : ICommand<PenggunaDto>;

internal sealed class UbahPenggunaCommandValidator : AbstractValidator<UbahPenggunaCommand>
{
    public UbahPenggunaCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.NamaLengkap).NotEmpty().WithMessage("Nama lengkap wajib diisi.").MaximumLength(200);
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Peran).PeranValid();
        RuleFor(x => x.Email).EmailValid();
    }
}

internal sealed class UbahPenggunaCommandHandler(OrganisasiDbContext db, IPrasyaratVersi prasyarat, PemeriksaSesi pemeriksa, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<UbahPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(UbahPenggunaCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(pengguna.Id.ToString("N"), Etag.Buat(pengguna.Id, pengguna.Versi));
        await PenggunaRules.PastikanUnitAda(db, request.UnitId, cancellationToken);
        if (pengguna.Id == currentUser.UserId && (!request.Aktif || !request.Peran.Contains(Peran.Admin)))
        {
            throw new BuildingBlocks.Domain.DomainException("Admin tidak dapat menonaktifkan atau mencabut peran Admin dari akunnya sendiri.");
        }

        pengguna.Ubah(request.NamaLengkap, request.UnitId, request.Peran, request.Aktif);
        pengguna.GantiEmail(request.Email);
        await db.SaveChangesAsync(cancellationToken);
        await pemeriksa.LupakanPenggunaAsync(db, pengguna.Id, cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

/// <summary>Updates a unit's name, place, time zone and status (admin).</summary>
internal sealed record UbahUnitKerjaCommand(
    Guid Id, string Nama, string? Kategori, string? Eselon1, string? Kota, string Provinsi, string ZonaWaktu, bool Aktif) : ICommand<UnitKerjaDto>;

internal sealed class UbahUnitKerjaCommandValidator : AbstractValidator<UbahUnitKerjaCommand>
{
    public UbahUnitKerjaCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Kategori).MaximumLength(50);
        RuleFor(x => x.Eselon1).MaximumLength(100);
        RuleFor(x => x.Kota).MaximumLength(100);
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
        RuleFor(x => x.ZonaWaktu).ZonaWaktuIana();
    }
}

internal sealed class UbahUnitKerjaCommandHandler(OrganisasiDbContext db, IMediator mediator, IIntegrationEvents events, IClock clock, IPrasyaratVersi prasyarat) : IRequestHandler<UbahUnitKerjaCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(UbahUnitKerjaCommand request, CancellationToken cancellationToken)
    {
        var unit = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Unit kerja {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(unit.Id.ToString("N"), Etag.Buat(unit.Id, unit.Versi));
        var nama = request.Nama.Trim();
        if (await db.UnitKerja.AnyAsync(u => u.Nama == nama && u.Id != request.Id, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.Nama), "Nama unit sudah dipakai.")]);
        }

        unit.Ubah(nama, request.Provinsi.Trim(), request.ZonaWaktu.Trim());
        unit.Kategori = request.Kategori?.Trim();
        unit.Eselon1 = request.Eselon1?.Trim();
        unit.Kota = request.Kota?.Trim();
        unit.Aktif = request.Aktif;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new UnitKerjaBerubah(unit.Id, clock.GetCurrentInstant()), cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(unit.Id), cancellationToken);
    }
}

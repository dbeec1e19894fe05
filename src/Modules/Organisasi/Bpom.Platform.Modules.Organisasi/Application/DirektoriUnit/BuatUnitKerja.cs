using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

/// <summary>Creates a unit (admin).</summary>
internal sealed record BuatUnitKerjaCommand(
    string Nama, JenisUnit Jenis, string? Kategori, string? Eselon1, string? Kota, string Provinsi, string ZonaWaktu) : ICommand<UnitKerjaDto>;

internal sealed class BuatUnitKerjaCommandValidator : AbstractValidator<BuatUnitKerjaCommand>
{
    public BuatUnitKerjaCommandValidator()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis unit tidak dikenal.");
        RuleFor(x => x.Kategori).MaximumLength(50);
        RuleFor(x => x.Eselon1).MaximumLength(100);
        RuleFor(x => x.Kota).MaximumLength(100);
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
        RuleFor(x => x.ZonaWaktu).ZonaWaktuIana();
    }
}

internal sealed class BuatUnitKerjaCommandHandler(OrganisasiDbContext db, IMediator mediator, IIntegrationEvents events, IClock clock) : IRequestHandler<BuatUnitKerjaCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(BuatUnitKerjaCommand request, CancellationToken cancellationToken)
    {
        var nama = request.Nama.Trim();
        if (await db.UnitKerja.AnyAsync(u => u.Nama == nama, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.Nama), "Nama unit sudah dipakai.")]);
        }

        var unit = new Domain.UnitKerja(Guid.CreateVersion7(), nama, request.Jenis, request.Provinsi.Trim(), request.ZonaWaktu.Trim())
        {
            Kategori = request.Kategori?.Trim(),
            Eselon1 = request.Eselon1?.Trim(),
            Kota = request.Kota?.Trim(),
        };
        db.UnitKerja.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new UnitKerjaBerubah(unit.Id, clock.GetCurrentInstant()), cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(unit.Id), cancellationToken);
    }
}

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

/// <summary>Appoints (or, with null, clears) the koordinator Balai of a Loka POM (admin).</summary>
internal sealed record TetapkanKoordinatorCommand(Guid LokaId, Guid? KoordinatorId) : ICommand<UnitKerjaDto>;

internal sealed class TetapkanKoordinatorCommandValidator : AbstractValidator<TetapkanKoordinatorCommand>
{
    public TetapkanKoordinatorCommandValidator()
    {
        RuleFor(x => x.LokaId).NotEmpty();
        RuleFor(x => x.KoordinatorId).NotEqual(Guid.Empty).WithMessage("Koordinator tidak valid.");
    }
}

internal sealed class TetapkanKoordinatorCommandHandler(OrganisasiDbContext db, IMediator mediator, IIntegrationEvents events, IClock clock, IPrasyaratVersi prasyarat) : IRequestHandler<TetapkanKoordinatorCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(TetapkanKoordinatorCommand request, CancellationToken cancellationToken)
    {
        var loka = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == request.LokaId, cancellationToken)
            ?? throw new NotFoundException($"Unit kerja {request.LokaId} tidak ditemukan.");
        prasyarat.Pastikan(loka.Id.ToString("N"), Etag.Buat(loka.Id, loka.Versi));
        Domain.UnitKerja? koordinator = null;
        if (request.KoordinatorId is { } id)
        {
            koordinator = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.KoordinatorId), "Koordinator tidak ditemukan.")]);
        }

        loka.TetapkanKoordinator(koordinator);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new UnitKerjaBerubah(loka.Id, clock.GetCurrentInstant()), cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(loka.Id), cancellationToken);
    }
}

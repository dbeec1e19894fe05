using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Deletes a holiday (admin).</summary>
internal sealed record HapusHariLiburCommand(Guid Id) : ICommand<Unit>;

internal sealed class HapusHariLiburCommandValidator : AbstractValidator<HapusHariLiburCommand>
{
    public HapusHariLiburCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class HapusHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events, IPrasyaratVersi prasyarat) : IRequestHandler<HapusHariLiburCommand, Unit>
{
    public async Task<Unit> Handle(HapusHariLiburCommand request, CancellationToken cancellationToken)
    {
        var libur = await db.TanggalLibur.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Hari libur {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(libur.Id.ToString("N"), Etag.Buat(libur.Id, libur.Versi));
        db.TanggalLibur.Remove(libur);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        return Unit.Value;
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application;

/// <summary>Marks one of the user's notifications read, or all of them when <paramref name="Id"/> is null.</summary>
internal sealed record TandaiNotifikasiDibacaCommand(Guid? Id) : ICommand<Unit>;

internal sealed class TandaiNotifikasiDibacaCommandValidator : AbstractValidator<TandaiNotifikasiDibacaCommand>
{
    public TandaiNotifikasiDibacaCommandValidator() => RuleFor(x => x.Id).NotEqual(Guid.Empty);
}

internal sealed class TandaiNotifikasiDibacaCommandHandler(NotifikasiDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<TandaiNotifikasiDibacaCommand, Unit>
{
    public async Task<Unit> Handle(TandaiNotifikasiDibacaCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        if (request.Id is { } id)
        {
            var n = await db.Notifikasi.SingleOrDefaultAsync(n => n.Id == id && n.PenggunaId == user.UserId, cancellationToken)
                ?? throw new NotFoundException("Notifikasi tidak ditemukan.");
            n.TandaiDibaca(sekarang);
        }
        else
        {
            await db.Notifikasi.Where(n => n.PenggunaId == user.UserId && n.DibacaPada == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.DibacaPada, sekarang), cancellationToken);
        }

        return Unit.Value;
    }
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Calendar settings.</summary>
/// <param name="CutiBersamaSebagaiHariKerja">When true, cuti bersama counts as a working day (default false).</param>
/// <param name="DiubahPada">Last change to holidays or settings.</param>
/// <param name="DiubahOleh">Who made it.</param>
internal sealed record PengaturanKalenderDto(bool CutiBersamaSebagaiHariKerja, Instant? DiubahPada, string? DiubahOleh);

internal sealed record GetPengaturanKalenderQuery : IQuery<PengaturanKalenderDto>;

internal sealed class GetPengaturanKalenderQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetPengaturanKalenderQuery, PengaturanKalenderDto>
{
    public async Task<PengaturanKalenderDto> Handle(GetPengaturanKalenderQuery request, CancellationToken cancellationToken)
    {
        var p = await db.PengaturanKalender.AsNoTracking().SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        return new PengaturanKalenderDto(p.CutiBersamaSebagaiHariKerja, p.DiubahPada, p.DiubahOleh);
    }
}

/// <summary>Changes calendar settings (admin).</summary>
internal sealed record UbahPengaturanKalenderCommand(bool? CutiBersamaSebagaiHariKerja) : ICommand<PengaturanKalenderDto>;

internal sealed class UbahPengaturanKalenderCommandValidator : AbstractValidator<UbahPengaturanKalenderCommand>
{
    public UbahPengaturanKalenderCommandValidator() =>
        RuleFor(x => x.CutiBersamaSebagaiHariKerja).NotNull().WithMessage("cutiBersamaSebagaiHariKerja wajib diisi (true/false).");
}

internal sealed class UbahPengaturanKalenderCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<UbahPengaturanKalenderCommand, PengaturanKalenderDto>
{
    public async Task<PengaturanKalenderDto> Handle(UbahPengaturanKalenderCommand request, CancellationToken cancellationToken)
    {
        var p = await db.PengaturanKalender.SingleAsync(p => p.Id == PengaturanKalender.SingletonId, cancellationToken);
        p.CutiBersamaSebagaiHariKerja = request.CutiBersamaSebagaiHariKerja!.Value;
        p.CatatPerubahan(clock.GetCurrentInstant(), user.Username);
        await events.PublishAsync(new KalenderHariKerjaBerubah(clock.GetCurrentInstant(), user.Username), cancellationToken);
        return new PengaturanKalenderDto(p.CutiBersamaSebagaiHariKerja, p.DiubahPada, p.DiubahOleh);
    }
}

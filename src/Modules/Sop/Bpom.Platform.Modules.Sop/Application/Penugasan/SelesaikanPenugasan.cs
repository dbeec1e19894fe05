using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Penugasan;

/// <summary>The current user's unit reports its part of a routed step (Pelaksana: <paramref name="Catatan"/> says what
/// was done; evidence can be uploaded to the step as Bukti) or acknowledges an output addressed to it (Penerima).</summary>
internal sealed record SelesaikanPenugasanCommand(Guid InstansId, string Kode, string? Catatan) : ICommand<InstansDto>;

internal sealed class SelesaikanPenugasanCommandValidator : AbstractValidator<SelesaikanPenugasanCommand>
{
    public SelesaikanPenugasanCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Catatan).MaximumLength(2000);
    }
}

internal sealed class SelesaikanPenugasanCommandHandler(SopDbContext db, PembacaInstans pembaca, PengaturPenugasan pengatur)
    : IRequestHandler<SelesaikanPenugasanCommand, InstansDto>
{
    public async Task<InstansDto> Handle(SelesaikanPenugasanCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        await pengatur.SelesaikanAsync(instans, PembacaInstans.CariLangkah(instans, request.Kode), request.Catatan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }
}

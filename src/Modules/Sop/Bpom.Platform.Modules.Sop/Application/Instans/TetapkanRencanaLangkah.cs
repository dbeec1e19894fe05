using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Sets (or clears) the planned finish date of a step without an HK deadline (N/A).</summary>
internal sealed record TetapkanRencanaLangkahCommand(Guid InstansId, string Kode, LocalDate? RencanaSelesai) : ICommand<InstansDto>;

internal sealed class TetapkanRencanaLangkahCommandValidator : AbstractValidator<TetapkanRencanaLangkahCommand>
{
    public TetapkanRencanaLangkahCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.RencanaSelesai).Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100))
            .WithMessage("rencanaSelesai harus antara tahun 2000 dan 2100.");
    }
}

internal sealed class TetapkanRencanaLangkahCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<TetapkanRencanaLangkahCommand, InstansDto>
{
    public async Task<InstansDto> Handle(TetapkanRencanaLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        if (!akses.BolehMelaksanakan(instans, langkah))
        {
            throw new ForbiddenException($"Anda bukan pelaksana langkah {langkah.Kode} pada unit kegiatan ini.");
        }

        var lama = langkah.RencanaSelesai;
        instans.TetapkanRencana(langkah.Kode, request.RencanaSelesai, clock.GetCurrentInstant());
        audit.Catat(instans, langkah.Kode, "TetapkanRencana", lama?.ToString("yyyy-MM-dd", null), request.RencanaSelesai?.ToString("yyyy-MM-dd", null));
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }
}

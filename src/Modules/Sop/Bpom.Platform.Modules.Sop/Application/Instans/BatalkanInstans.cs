using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Cancels an activity (head of the performing unit): its unfinished steps are cancelled with the reason.</summary>
internal sealed record BatalkanInstansCommand(Guid InstansId, string Alasan) : ICommand<InstansDto>;

internal sealed class BatalkanInstansCommandValidator : AbstractValidator<BatalkanInstansCommand>
{
    public BatalkanInstansCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi.").MaximumLength(1000);
    }
}

internal sealed class BatalkanInstansCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IIntegrationEvents events, IClock clock,
    PemberitahuLangkah pemberitahu)
    : IRequestHandler<BatalkanInstansCommand, InstansDto>
{
    public async Task<InstansDto> Handle(BatalkanInstansCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        akses.PastikanBolehMenjalankan(instans, instans.LangkahAktif ?? instans.Langkah[0], PemicuLangkah.Batalkan);
        var perubahan = instans.Batalkan(request.Alasan, clock.GetCurrentInstant());
        foreach (var p in perubahan)
        {
            audit.Catat(instans, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), request.Alasan.Trim());
        }

        audit.Catat(instans, null, "KegiatanDibatalkan", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Dibatalkan), request.Alasan.Trim());
        await pemberitahu.BeritahuBatalAsync(instans, perubahan, request.Alasan, cancellationToken);
        await events.PublishAsync(new KegiatanSopDibatalkan(JalankanLangkahCommandHandler.Asal(instans), clock.GetCurrentInstant()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }
}

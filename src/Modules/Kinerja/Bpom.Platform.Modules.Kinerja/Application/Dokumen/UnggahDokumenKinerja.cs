using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Dokumen;

/// <summary>An uploaded evidence document.</summary>
internal sealed record DokumenKinerjaDto(Guid Id, Guid UnitId, string NamaBerkas, string JenisKonten, long Ukuran, Instant Pada, string Oleh);

/// <summary>Uploads an evidence document (data dukung) for a unit's realisation or action plan: PDF, Word/Excel/
/// PowerPoint or PNG/JPEG (type checked by the file's signature), ≤ 10 MB.</summary>
internal sealed record UnggahDokumenKinerjaCommand(Guid UnitId, string NamaBerkas, string JenisKonten, byte[] Isi) : ICommand<DokumenKinerjaDto>;

internal sealed class UnggahDokumenKinerjaCommandValidator : AbstractValidator<UnggahDokumenKinerjaCommand>
{
    public UnggahDokumenKinerjaCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(255).OverridePropertyName("berkas");
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= 10 * 1024 * 1024).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 10 MB.");
    }
}

internal sealed class UnggahDokumenKinerjaCommandHandler(KinerjaDbContext db, AksesKinerja akses, IMediator mediator) : IRequestHandler<UnggahDokumenKinerjaCommand, DokumenKinerjaDto>
{
    public async Task<DokumenKinerjaDto> Handle(UnggahDokumenKinerjaCommand request, CancellationToken cancellationToken)
    {
        await akses.PastikanUbahAsync(request.UnitId, cancellationToken);

        // The same check as SOP step documents (type from the file's signature, size limit), in the Berkas module.
        var berkas = await mediator.Send(new SimpanBerkasCommand("Kinerja", request.NamaBerkas, request.Isi, 10 * 1024 * 1024), cancellationToken);
        var d = new DokumenKinerja(request.UnitId, berkas.Id, berkas.NamaBerkas, berkas.JenisKonten, berkas.Ukuran, akses.Sekarang, akses.Pengguna.Username);
        db.Dokumen.Add(d);
        return new DokumenKinerjaDto(d.Id, d.UnitId, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Pada, d.Oleh);
    }
}

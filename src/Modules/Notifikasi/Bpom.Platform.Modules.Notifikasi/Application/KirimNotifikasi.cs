using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Notifikasi.Application;

internal sealed class KirimNotifikasiCommandValidator : AbstractValidator<KirimNotifikasiCommand>
{
    public KirimNotifikasiCommandValidator()
    {
        RuleFor(x => x.KunciKlaim).MaximumLength(200);
        RuleFor(x => x.PenggunaIds).NotNull();
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Judul).NotEmpty();
        RuleFor(x => x.Pesan).NotEmpty();
        RuleFor(x => x.Modul).MaximumLength(60);
        RuleFor(x => x.LangkahKode).MaximumLength(10);
    }
}

internal sealed class KirimNotifikasiCommandHandler(PenulisNotifikasi penulis) : IRequestHandler<KirimNotifikasiCommand, HasilKirimNotifikasi>
{
    public async Task<HasilKirimNotifikasi> Handle(KirimNotifikasiCommand request, CancellationToken cancellationToken)
    {
        if (!await penulis.KlaimAsync(request.KunciKlaim, cancellationToken))
        {
            return new HasilKirimNotifikasi(false, 0);
        }

        var n = penulis.Tulis(
            request.PenggunaIds, request.Jenis, request.Judul, request.Pesan, request.InstansId, request.Modul, request.ReferensiId, request.LangkahKode,
            jatuhTempo: request.JatuhTempo);
        return new HasilKirimNotifikasi(true, n);
    }
}

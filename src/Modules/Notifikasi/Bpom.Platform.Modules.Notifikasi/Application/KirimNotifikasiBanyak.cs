using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Notifikasi.Application;

internal sealed class KirimNotifikasiBanyakCommandValidator : AbstractValidator<KirimNotifikasiBanyakCommand>
{
    public KirimNotifikasiBanyakCommandValidator()
    {
        RuleFor(x => x.Notifikasi).NotNull().Must(n => n.Count <= 5000).WithMessage("Paling banyak 5.000 notifikasi sekali kirim.");
        RuleForEach(x => x.Notifikasi).ChildRules(n =>
        {
            n.RuleFor(x => x.KunciKlaim).NotEmpty().MaximumLength(200);
            n.RuleFor(x => x.PenggunaIds).NotNull();
            n.RuleFor(x => x.Jenis).IsInEnum();
            n.RuleFor(x => x.Judul).NotEmpty();
            n.RuleFor(x => x.Pesan).NotEmpty();
            n.RuleFor(x => x.Modul).MaximumLength(60);
            n.RuleFor(x => x.LangkahKode).MaximumLength(10);
        });
    }
}

internal sealed class KirimNotifikasiBanyakCommandHandler(PenulisNotifikasi penulis) : IRequestHandler<KirimNotifikasiBanyakCommand, HasilKirimNotifikasiBanyak>
{
    public async Task<HasilKirimNotifikasiBanyak> Handle(KirimNotifikasiBanyakCommand request, CancellationToken cancellationToken)
    {
        var terklaim = await penulis.KlaimBanyakAsync(request.Notifikasi.Select(n => n.KunciKlaim).ToList(), cancellationToken);
        var penerima = await penulis.TulisBanyakAsync(
            request.Notifikasi.Where(n => terklaim.Contains(n.KunciKlaim)).DistinctBy(n => n.KunciKlaim), cancellationToken);
        return new HasilKirimNotifikasiBanyak(terklaim, penerima);
    }
}

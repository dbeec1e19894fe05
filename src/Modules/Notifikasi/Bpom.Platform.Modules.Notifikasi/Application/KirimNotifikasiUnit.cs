using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Notifikasi.Application;

internal sealed class KirimNotifikasiUnitCommandValidator : AbstractValidator<KirimNotifikasiUnitCommand>
{
    public KirimNotifikasiUnitCommandValidator()
    {
        RuleFor(x => x.KunciKlaim).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitIds).NotEmpty();
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Pesan).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Parameter).MaximumLength(500);
    }
}

internal sealed class KirimNotifikasiUnitCommandHandler(PenulisNotifikasi penulis, IDirektoriOrganisasi direktori) : IRequestHandler<KirimNotifikasiUnitCommand, int>
{
    public async Task<int> Handle(KirimNotifikasiUnitCommand request, CancellationToken cancellationToken)
    {
        if (!await penulis.KlaimAsync(request.KunciKlaim, cancellationToken))
        {
            return 0;
        }

        var pengguna = await direktori.PenggunaAsync(request.UnitIds, request.Peran, cancellationToken);
        return penulis.Tulis(pengguna.Select(p => p.Id), request.Jenis, request.Judul, request.Pesan, null, request.Modul, request.ReferensiId, null, request.Parameter);
    }
}

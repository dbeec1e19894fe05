using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;

/// <summary>Records a participant's recognition certificate (PPSDM or Pimpinan; step D6 started; competency certified).</summary>
internal sealed record CatatSertifikatPengakuanCommand(Guid PesertaId, string Nomor, string DisahkanOleh, LocalDate? Tanggal, LocalDate? BerlakuSampai) : ICommand<AngkatanDto>;

internal sealed class CatatSertifikatPengakuanCommandValidator : AbstractValidator<CatatSertifikatPengakuanCommand>
{
    public CatatSertifikatPengakuanCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Nomor).NotEmpty().Matches(NomorSertifikat.Pola).WithMessage("Nomor sertifikat 3–60 karakter: huruf, angka, titik, garis miring, tanda hubung.");
        RuleFor(x => x.DisahkanOleh).NotEmpty().WithMessage("Pengesah wajib diisi (PPSDM / Kepala BPOM).").MaximumLength(200);
        RuleFor(x => x.Tanggal).TanggalWajar();
        RuleFor(x => x.Tanggal).NotNull().WithMessage("Tanggal pengesahan wajib diisi.");
        RuleFor(x => x.BerlakuSampai).TanggalWajar();
        RuleFor(x => x.BerlakuSampai).NotNull().WithMessage("Masa berlaku wajib diisi.")
            .Must((x, d) => d is null || x.Tanggal is null || d > x.Tanggal).WithMessage("Masa berlaku harus setelah tanggal pengesahan.");
    }
}

internal sealed class CatatSertifikatPengakuanCommandHandler(PencatatSertifikat pencatat) : IRequestHandler<CatatSertifikatPengakuanCommand, AngkatanDto>
{
    public Task<AngkatanDto> Handle(CatatSertifikatPengakuanCommand r, CancellationToken cancellationToken) =>
        pencatat.CatatAsync(r.PesertaId, AksiPeserta.CatatSertifikatPengakuan, r.Nomor.Trim(), (p, oleh, nama, pada) => p.CatatSertifikatPengakuan(
            new SertifikatPengakuan(r.Nomor.Trim(), r.DisahkanOleh.Trim(), r.Tanggal!.Value, r.BerlakuSampai!.Value, null), oleh, nama, pada), cancellationToken);
}

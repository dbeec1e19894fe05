using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;

/// <summary>Records a participant's competency certificate (PPSDM; step D4 started; training result Kompeten).</summary>
internal sealed record CatatSertifikatKompetensiCommand(Guid PesertaId, string Nomor, string Skema, string Lsp, LocalDate? Tanggal, LocalDate? BerlakuSampai) : ICommand<AngkatanDto>;

internal sealed class CatatSertifikatKompetensiCommandValidator : AbstractValidator<CatatSertifikatKompetensiCommand>
{
    public CatatSertifikatKompetensiCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Nomor).NotEmpty().Matches(NomorSertifikat.Pola).WithMessage("Nomor sertifikat 3–60 karakter: huruf, angka, titik, garis miring, tanda hubung.");
        RuleFor(x => x.Skema).NotEmpty().WithMessage("Skema sertifikasi wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Lsp).NotEmpty().WithMessage("LSP penerbit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Tanggal).TanggalWajar();
        RuleFor(x => x.Tanggal).NotNull().WithMessage("Tanggal sertifikat wajib diisi.");
        RuleFor(x => x.BerlakuSampai).TanggalWajar();
        RuleFor(x => x.BerlakuSampai).Must((x, d) => d is null || x.Tanggal is null || d > x.Tanggal).WithMessage("Masa berlaku harus setelah tanggal sertifikat.");
    }
}

internal sealed class CatatSertifikatKompetensiCommandHandler(PencatatSertifikat pencatat) : IRequestHandler<CatatSertifikatKompetensiCommand, AngkatanDto>
{
    public Task<AngkatanDto> Handle(CatatSertifikatKompetensiCommand r, CancellationToken cancellationToken) =>
        pencatat.CatatAsync(r.PesertaId, AksiPeserta.CatatSertifikatKompetensi, r.Nomor.Trim(), (p, oleh, nama, pada) => p.CatatSertifikatKompetensi(
            new SertifikatKompetensi(r.Nomor.Trim(), r.Skema.Trim(), r.Lsp.Trim(), r.Tanggal!.Value, r.BerlakuSampai, null), oleh, nama, pada), cancellationToken);
}

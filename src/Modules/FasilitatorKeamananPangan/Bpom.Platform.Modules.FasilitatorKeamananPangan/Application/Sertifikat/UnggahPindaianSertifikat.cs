using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Sertifikat;

/// <summary>Attaches the scanned certificate (stored as evidence on step D4 or D6 of the cohort's SOP run).</summary>
internal sealed record UnggahPindaianSertifikatCommand(Guid PesertaId, AksiPeserta? Sertifikat, string NamaBerkas, byte[] Isi) : ICommand<AngkatanDto>;

internal sealed class UnggahPindaianSertifikatCommandValidator : AbstractValidator<UnggahPindaianSertifikatCommand>
{
    public UnggahPindaianSertifikatCommandValidator()
    {
        RuleFor(x => x.PesertaId).NotEmpty();
        RuleFor(x => x.Sertifikat).NotNull().Must(s => s is AksiPeserta.CatatSertifikatKompetensi or AksiPeserta.CatatSertifikatPengakuan)
            .WithMessage("sertifikat: CatatSertifikatKompetensi atau CatatSertifikatPengakuan.");
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Berkas wajib diunggah.");
    }
}

internal sealed class UnggahPindaianSertifikatCommandHandler(FasilitatorDbContext db, IMediator mediator, AksesFasilitator akses, PembacaAngkatan pembaca)
    : IRequestHandler<UnggahPindaianSertifikatCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(UnggahPindaianSertifikatCommand request, CancellationToken cancellationToken)
    {
        var p = await db.Peserta.SingleOrDefaultAsync(x => x.Id == request.PesertaId, cancellationToken) ?? throw new NotFoundException("Peserta tidak ditemukan.");
        var (a, _) = await pembaca.MuatAsync(p.AngkatanId, cancellationToken);
        var jenis = request.Sertifikat!.Value;
        if (!akses.BolehAksi(a, p, jenis))
        {
            throw new ForbiddenException("Pindaian sertifikat diunggah oleh pencatat sertifikatnya (PPSDM / Kepala BPOM).");
        }

        var dokumen = await mediator.Send(
            new UnggahDokumenCommand(a.InstansId, LangkahAksi.Untuk(jenis)!, JenisDokumen.Bukti, request.NamaBerkas, request.Isi), cancellationToken);
        p.LampirkanDokumen(jenis, dokumen.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken);
    }
}

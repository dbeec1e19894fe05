using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Dokumen;

internal sealed class UnggahDokumenCommandValidator : AbstractValidator<UnggahDokumenCommand>
{
    public UnggahDokumenCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Jenis).NotNull().WithMessage("jenis wajib diisi (Output, Kelengkapan atau Bukti).")
            .IsInEnum().WithMessage("jenis harus Output, Kelengkapan atau Bukti.");
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Berkas wajib diunggah.").MaximumLength(255);
        RuleFor(x => x.Isi).NotNull().Must(i => i.Length > 0).OverridePropertyName("berkas").WithMessage("Berkas kosong.");
    }
}

internal sealed class UnggahDokumenCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PenyimpanDokumen penyimpan, PencatatAudit audit)
    : IRequestHandler<UnggahDokumenCommand, DokumenDto>
{
    public async Task<DokumenDto> Handle(UnggahDokumenCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        // Evidence (Bukti) of a routed step: the step's performers, or a unit carrying out part of it that has not reported yet.
        var penugasanTerbuka = request.Jenis == JenisDokumen.Bukti && (await db.Penugasan.AsNoTracking()
            .Where(p => p.InstansId == instans.Id && p.LangkahKode == langkah.Kode && p.Jenis == JenisPenugasan.Pelaksana && p.SelesaiPada == null)
            .ToListAsync(cancellationToken)).Any(p => akses.BolehMenyelesaikanPenugasan(langkah, p));
        if (!penugasanTerbuka && !akses.BolehMelaksanakan(instans, langkah))
        {
            throw new ForbiddenException($"Anda bukan pelaksana langkah {langkah.Kode} pada unit kegiatan ini.");
        }

        if (instans.LangkahAktif?.Id != langkah.Id)
        {
            throw new DomainException($"Dokumen hanya dapat diunggah pada langkah yang sedang berjalan ({instans.LangkahAktif?.Kode ?? "tidak ada"}).");
        }

        var jenis = request.Jenis!.Value;
        if (jenis == JenisDokumen.Kelengkapan && (langkah.KelengkapanDari.Count > 0 || langkah.Status != StatusLangkah.Menunggu))
        {
            throw new DomainException(langkah.KelengkapanDari.Count > 0
                ? $"Kelengkapan langkah {langkah.Kode} adalah output langkah {string.Join("/", langkah.KelengkapanDari)}; tidak diunggah terpisah."
                : $"Kelengkapan hanya diunggah sebelum langkah {langkah.Kode} dimulai.");
        }

        if (jenis is JenisDokumen.Output or JenisDokumen.Bukti && langkah.Status is not (StatusLangkah.Berjalan or StatusLangkah.Dikembalikan or StatusLangkah.Dijeda))
        {
            throw new DomainException($"Output langkah {langkah.Kode} hanya dapat diunggah saat langkah berjalan atau dikembalikan (status sekarang {langkah.Status}).");
        }

        var dokumen = await penyimpan.SimpanAsync(instans, langkah.Kode, jenis, request.NamaBerkas, request.Isi, cancellationToken);
        audit.Catat(instans, langkah.Kode, "UnggahDokumen", keterangan: $"{jenis} v{dokumen.Versi}: {dokumen.NamaBerkas} ({dokumen.Ukuran} bita, SHA-256 {dokumen.Sha256})");
        return PembacaInstans.KeDto(dokumen);
    }
}

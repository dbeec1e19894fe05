using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>Stores a checked document version (type by signature, size cap, SHA-256).</summary>
public sealed class PenyimpanDokumen(SopDbContext db, AksesSop akses, IClock clock)
{
    public async Task<DokumenSop> SimpanAsync(InstansSop instans, string langkahKode, JenisDokumen jenis, string namaBerkas, byte[] isi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var hasil = PemeriksaDokumen.Periksa(namaBerkas, isi);
        if (hasil.Dokumen is not { } diterima)
        {
            throw new ValidationException([new ValidationFailure("berkas", hasil.Alasan)]);
        }

        var versiTerakhir = await db.Dokumen.Where(d => d.InstansId == instans.Id && d.LangkahKode == langkahKode && d.Jenis == jenis)
            .MaxAsync(d => (int?)d.Versi, cancellationToken) ?? 0;
        var user = akses.Pengguna;
        var dokumen = new DokumenSop(
            Guid.CreateVersion7(), instans.Id, langkahKode, jenis, versiTerakhir + 1, diterima.NamaBerkas, diterima.ContentType,
            diterima.Ukuran, diterima.Sha256, user.UserId, user.Username, clock.GetCurrentInstant());
        db.Dokumen.Add(dokumen);
        db.IsiDokumen.Add(new IsiDokumen(dokumen.Id, isi));
        instans.Sentuh(clock.GetCurrentInstant());
        return dokumen;
    }
}

/// <summary>Uploads the output (or, for a step whose input comes from outside, the Kelengkapan) of the current step.
/// Re-uploading adds a version.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Kode">Step code.</param>
/// <param name="Jenis">Output or Kelengkapan.</param>
/// <param name="NamaBerkas">File name as uploaded.</param>
/// <param name="Isi">The bytes.</param>
public sealed record UnggahDokumenCommand(Guid InstansId, string Kode, JenisDokumen? Jenis, string NamaBerkas, byte[] Isi) : ICommand<DokumenDto>;

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

/// <summary>A document's bytes for download.</summary>
public sealed record BerkasDokumen(string NamaBerkas, string JenisKonten, byte[] Isi, string Sha256);

/// <summary>Downloads a document version (anyone who may read the activity).</summary>
public sealed record UnduhDokumenQuery(Guid DokumenId) : IQuery<BerkasDokumen>;

internal sealed class UnduhDokumenQueryValidator : AbstractValidator<UnduhDokumenQuery>
{
    public UnduhDokumenQueryValidator() => RuleFor(x => x.DokumenId).NotEmpty();
}

internal sealed class UnduhDokumenQueryHandler(SopDbContext db, AksesSop akses) : IRequestHandler<UnduhDokumenQuery, BerkasDokumen>
{
    public async Task<BerkasDokumen> Handle(UnduhDokumenQuery request, CancellationToken cancellationToken)
    {
        var dokumen = await db.Dokumen.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DokumenId, cancellationToken)
            ?? throw new NotFoundException("Dokumen tidak ditemukan.");
        var instans = await db.Instans.AsNoTracking().SingleAsync(i => i.Id == dokumen.InstansId, cancellationToken);
        if (!(await akses.CakupanAsync(cancellationToken)).Boleh(instans.Id, instans.UnitId, instans.KodeSop))
        {
            throw new NotFoundException("Dokumen tidak ditemukan.");
        }

        var isi = await db.IsiDokumen.AsNoTracking().Where(i => i.DokumenId == dokumen.Id).Select(i => i.Isi).SingleAsync(cancellationToken);
        return new BerkasDokumen(dokumen.NamaBerkas, dokumen.JenisKonten, isi, dokumen.Sha256);
    }
}

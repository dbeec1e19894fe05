using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Dokumen;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Closes a follow-up with its evidence file (stored as a <see cref="JenisDokumen.Bukti"/> document).</summary>
internal sealed record TutupTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, Guid TindakLanjutId, string NamaBerkas, byte[] Isi, string? Catatan)
    : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class TutupTindakLanjutCommandValidator : AbstractValidator<TutupTindakLanjutCommand>
{
    public TutupTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.TindakLanjutId).NotEmpty();
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Bukti tindak lanjut wajib diunggah.").MaximumLength(255);
        RuleFor(x => x.Isi).NotNull().Must(i => i.Length > 0).OverridePropertyName("berkas").WithMessage("Berkas bukti kosong.");
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TutupTindakLanjutCommandHandler(
    SopDbContext db, PembacaInstans pembaca, AksesSop akses, PenyimpanDokumen penyimpan, PencatatAudit audit, IClock clock)
    : IRequestHandler<TutupTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(TutupTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans, r);
        var tl = r.TindakLanjut.SingleOrDefault(t => t.Id == request.TindakLanjutId) ?? throw new NotFoundException("Tindak lanjut tidak ditemukan.");
        if (tl.Status == StatusTindakLanjut.Close)
        {
            throw new DomainException($"Tindak lanjut {tl.Nomor} sudah ditutup.");
        }

        var kode = instans.LangkahAktif?.Kode ?? instans.Langkah[^1].Kode;
        var bukti = await penyimpan.SimpanAsync(instans, kode, JenisDokumen.Bukti, request.NamaBerkas, request.Isi, cancellationToken);
        tl.Tutup(bukti.Id, request.Catatan, clock.GetCurrentInstant());
        audit.Catat(instans, kode, "TutupTindakLanjut", nameof(StatusTindakLanjut.Open), nameof(StatusTindakLanjut.Close), request.Catatan?.Trim(),
            $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}; bukti {bukti.NamaBerkas} (SHA-256 {bukti.Sha256})");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Anggaran;

/// <summary>Corrects one budget line (pagu, monthly realisation, linked sasaran) with a written reason, audited with
/// the values before and after. <c>versi</c> is the line's version as read: a line changed meanwhile answers 409.</summary>
internal sealed record UbahAnggaranCommand(Guid Id, string? KodeSasaran, decimal Pagu, IReadOnlyList<decimal>? RealisasiBulanan, string? Alasan, int Versi)
    : ICommand<BarisAnggaranDto>;

internal sealed class UbahAnggaranCommandValidator : AbstractValidator<UbahAnggaranCommand>
{
    public UbahAnggaranCommandValidator()
    {
        RuleFor(x => x.Pagu).NilaiWajar();
        RuleFor(x => x.RealisasiBulanan).NotNull().Must(r => r is null || r.Count == 12).WithMessage("Realisasi diisi untuk 12 bulan (Januari–Desember).");
        RuleForEach(x => x.RealisasiBulanan).NilaiWajar();
        RuleFor(x => x).Must(x => x.RealisasiBulanan is null || x.RealisasiBulanan.Sum() <= x.Pagu).WithName("pagu").WithMessage("Realisasi Januari–Desember melebihi pagu.");
        RuleFor(x => x.KodeSasaran).MaximumLength(20);
        RuleFor(x => x.Versi).GreaterThanOrEqualTo(0).WithMessage("versi tidak boleh negatif.");
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Tuliskan alasan perubahan anggaran.").MaximumLength(1000);
    }
}

internal sealed class UbahAnggaranCommandHandler(KinerjaDbContext db, AksesKinerja akses) : IRequestHandler<UbahAnggaranCommand, BarisAnggaranDto>
{
    public async Task<BarisAnggaranDto> Handle(UbahAnggaranCommand request, CancellationToken cancellationToken)
    {
        var a = await db.Anggaran.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken);
        if (a is null || !await akses.BolehBacaAsync(a.UnitId, cancellationToken))
        {
            throw new NotFoundException("Baris anggaran tidak ditemukan.");
        }

        await akses.PastikanUbahAsync(a.UnitId, cancellationToken);
        if (a.Versi != request.Versi)
        {
            throw new DomainException($"Baris anggaran {a.KodeOutput} sudah diubah orang lain (versi {a.Versi}); muat ulang lalu ulangi perubahan.");
        }

        var kodeSasaran = string.IsNullOrWhiteSpace(request.KodeSasaran) ? null : request.KodeSasaran.Trim();
        if (kodeSasaran is not null)
        {
            var pk = await db.PerjanjianKinerja.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == a.UnitId && p.Tahun == a.Tahun, cancellationToken);
            if (pk is null || !pk.Struktur.SelectMany(p => p.Sasaran).Any(s => string.Equals(s.Kode, kodeSasaran, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ValidationException([new ValidationFailure("kodeSasaran", $"Sasaran {kodeSasaran} tidak ada di PK {a.Tahun} unit ini.")]);
            }
        }

        var id = CultureInfo.GetCultureInfo("id-ID");
        var sebelum = $"pagu {a.Pagu.ToString("N2", id)}, realisasi {a.RealisasiBulanan.Sum().ToString("N2", id)}, sasaran {a.KodeSasaran ?? "-"}";
        a.Isi(a.NamaProgram, a.NamaKegiatan, a.NamaOutput, kodeSasaran, request.Pagu, request.RealisasiBulanan!, akses.Sekarang, akses.Pengguna.Username);
        db.Audit.Add(new AuditKinerja(
            a.UnitId, a.Tahun, null, "UbahAnggaran",
            $"Anggaran {a.KodeOutput}: {sebelum} → pagu {a.Pagu.ToString("N2", id)}, realisasi {a.RealisasiBulanan.Sum().ToString("N2", id)}, sasaran {a.KodeSasaran ?? "-"}.",
            request.Alasan!.Trim(), false, akses.Sekarang, akses.Pengguna.Username));
        await db.SaveChangesAsync(cancellationToken);
        return GetAnggaranQueryHandler.Baris(a, 12);
    }
}

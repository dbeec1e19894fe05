using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Kinerja.Application.Laporan;

/// <summary>The signed final report of a period; download it from <c>GET /api/kinerja/dokumen/{dokumenId}</c>.</summary>
internal sealed record LaporanFinalDto(Guid UnitId, int Tahun, string Periode, Guid DokumenId, string NamaBerkas, long Ukuran, int Versi, Instant Pada, string Oleh);

/// <summary>Keeps the signed PDF of a unit's Laporan Kinerja as the period's final; replacing one needs a reason
/// (audited).</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="Tahun">Year.</param>
/// <param name="Periode">TW1–TW4 or TAHUN.</param>
/// <param name="NamaBerkas">File name.</param>
/// <param name="Isi">The PDF, ≤ 20 MB.</param>
/// <param name="Alasan">Why an existing final is replaced.</param>
internal sealed record UnggahLaporanFinalCommand(Guid UnitId, int Tahun, string? Periode, string NamaBerkas, byte[] Isi, string? Alasan) : ICommand<LaporanFinalDto>;

internal sealed class UnggahLaporanFinalCommandValidator : AbstractValidator<UnggahLaporanFinalCommand>
{
    public const int Maksimum = 20 * 1024 * 1024;

    public UnggahLaporanFinalCommandValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeLaporan.Normalisasi(p) is not null).WithMessage("periode harus TW1, TW2, TW3, TW4 atau TAHUN.");
        RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(255).OverridePropertyName("berkas");
        RuleFor(x => x.Isi).Must(i => i.Length is > 0 and <= Maksimum).OverridePropertyName("berkas").WithMessage("Berkas kosong atau lebih dari 20 MB.")
            .Must(i => i.AsSpan().StartsWith("%PDF-"u8)).OverridePropertyName("berkas").WithMessage("Laporan final harus berkas PDF (hasil pindai atau cetak yang sudah ditandatangani).");
        RuleFor(x => x.Alasan).MaximumLength(1000);
    }
}

internal sealed class UnggahLaporanFinalCommandHandler(KinerjaDbContext db, PenghitungNilai penghitung, AksesKinerja akses, IMediator mediator)
    : IRequestHandler<UnggahLaporanFinalCommand, LaporanFinalDto>
{
    public async Task<LaporanFinalDto> Handle(UnggahLaporanFinalCommand request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        await akses.PastikanUbahAsync(unit.Id, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = PeriodeLaporan.Normalisasi(request.Periode)!;
        var final = await db.LaporanFinal.SingleOrDefaultAsync(f => f.UnitId == unit.Id && f.Tahun == pk.Tahun && f.Periode == periode, cancellationToken);
        if (final is not null && string.IsNullOrWhiteSpace(request.Alasan))
        {
            throw new ValidationException([new ValidationFailure("alasan", $"Laporan final {periode} {pk.Tahun} sudah ada (versi {final.Versi}); tuliskan alasan penggantiannya.")]);
        }

        var berkas = await mediator.Send(new SimpanBerkasCommand("Kinerja", request.NamaBerkas, request.Isi, UnggahLaporanFinalCommandValidator.Maksimum), cancellationToken);
        var oleh = akses.Pengguna.Username;
        var dokumen = new DokumenKinerja(unit.Id, berkas.Id, berkas.NamaBerkas, berkas.JenisKonten, berkas.Ukuran, akses.Sekarang, oleh);
        db.Dokumen.Add(dokumen);
        if (final is null)
        {
            final = new LaporanKinerjaFinal(unit.Id, pk.Tahun, periode, dokumen, akses.Sekarang, oleh);
            db.LaporanFinal.Add(final);
            db.Audit.Add(new AuditKinerja(unit.Id, pk.Tahun, periode, "LaporanFinal", $"Laporan kinerja {periode} yang ditandatangani diunggah ({berkas.NamaBerkas}).", null, false, akses.Sekarang, oleh));
        }
        else
        {
            final.Ganti(dokumen, akses.Sekarang, oleh);
            db.Audit.Add(new AuditKinerja(
                unit.Id, pk.Tahun, periode, "GantiLaporanFinal", $"Laporan final {periode} diganti menjadi versi {final.Versi} ({berkas.NamaBerkas}).",
                request.Alasan!.Trim(), false, akses.Sekarang, oleh));
        }

        await db.SaveChangesAsync(cancellationToken);
        return GetLaporanFinalQueryHandler.Dto(final);
    }
}

/// <summary>The period's signed final report (404 when none was uploaded).</summary>
internal sealed record GetLaporanFinalQuery(Guid UnitId, int Tahun, string? Periode) : IQuery<LaporanFinalDto>;

internal sealed class GetLaporanFinalQueryValidator : AbstractValidator<GetLaporanFinalQuery>
{
    public GetLaporanFinalQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).Must(p => PeriodeLaporan.Normalisasi(p) is not null).WithMessage("periode harus TW1, TW2, TW3, TW4 atau TAHUN.");
    }
}

internal sealed class GetLaporanFinalQueryHandler(KinerjaDbContext db, PenghitungNilai penghitung) : IRequestHandler<GetLaporanFinalQuery, LaporanFinalDto>
{
    public async Task<LaporanFinalDto> Handle(GetLaporanFinalQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var periode = PeriodeLaporan.Normalisasi(request.Periode)!;
        var final = await db.LaporanFinal.AsNoTracking().SingleOrDefaultAsync(f => f.UnitId == unit.Id && f.Tahun == request.Tahun && f.Periode == periode, cancellationToken)
            ?? throw new NotFoundException($"Laporan final {periode} {request.Tahun} belum diunggah.");
        return Dto(final);
    }

    internal static LaporanFinalDto Dto(LaporanKinerjaFinal f) => new(f.UnitId, f.Tahun, f.Periode, f.DokumenId, f.NamaBerkas, f.Ukuran, f.Versi, f.Pada, f.Oleh);
}

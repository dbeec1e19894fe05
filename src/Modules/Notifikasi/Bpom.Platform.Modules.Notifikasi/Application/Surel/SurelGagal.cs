using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Notifikasi.Domain;
using Bpom.Platform.Modules.Notifikasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Notifikasi.Application.Surel;

/// <summary>A mail that failed for good.</summary>
/// <param name="Id">The mail.</param>
/// <param name="PenggunaId">Its recipient.</param>
/// <param name="NamaPengguna">The recipient's name (empty when no longer active).</param>
/// <param name="Alamat">The address it was sent to.</param>
/// <param name="Subjek">Its subject.</param>
/// <param name="Galat">The server's or network's last answer.</param>
/// <param name="Percobaan">Attempts made.</param>
/// <param name="DibuatPada">When it was queued.</param>
/// <param name="GagalPada">When it failed for good.</param>
internal sealed record SurelGagalDto(
    Guid Id, Guid PenggunaId, string NamaPengguna, string? Alamat, string? Subjek, string? Galat, int Percobaan, Instant DibuatPada, Instant? GagalPada);

/// <summary>Failed mails, newest first (admins).</summary>
internal sealed record DaftarSurelGagalQuery(int? Halaman, int? Ukuran) : IQuery<Halaman<SurelGagalDto>>;

/// <summary>Queues a failed mail again, attempts from zero (admins; after fixing an address or the server).</summary>
internal sealed record KirimUlangSurelCommand(Guid Id) : ICommand<Unit>;

internal sealed class DaftarSurelGagalQueryValidator : AbstractValidator<DaftarSurelGagalQuery>
{
    public DaftarSurelGagalQueryValidator()
    {
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class KirimUlangSurelCommandValidator : AbstractValidator<KirimUlangSurelCommand>
{
    public KirimUlangSurelCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class DaftarSurelGagalQueryHandler(NotifikasiDbContext db, IDirektoriOrganisasi direktori) : IRequestHandler<DaftarSurelGagalQuery, Halaman<SurelGagalDto>>
{
    public async Task<Halaman<SurelGagalDto>> Handle(DaftarSurelGagalQuery request, CancellationToken cancellationToken)
    {
        var (nomor, ukuran) = (request.Halaman ?? 1, request.Ukuran ?? 20);
        var q = db.Surel.AsNoTracking().Where(s => s.Status == StatusSurel.Gagal);
        var batas = Halaman<SurelGagalDto>.BatasUntuk(nomor, ukuran);
        var total = await q.Take(batas).CountAsync(cancellationToken);
        var rows = await q.OrderByDescending(s => s.SelesaiPada).ThenByDescending(s => s.Id).Skip((nomor - 1) * ukuran).Take(ukuran)
            .Select(s => new { s.Id, s.PenggunaId, s.Alamat, s.Subjek, s.Galat, s.Percobaan, s.DibuatPada, s.SelesaiPada })
            .ToListAsync(cancellationToken);
        var nama = await direktori.PenggunaAktifBanyakAsync(rows.Select(r => r.PenggunaId).Distinct().ToList(), cancellationToken);
        return Halaman<SurelGagalDto>.DariHitungan(
            rows.Select(r => new SurelGagalDto(r.Id, r.PenggunaId, nama.GetValueOrDefault(r.PenggunaId)?.NamaLengkap ?? string.Empty, r.Alamat, r.Subjek, r.Galat,
                r.Percobaan, r.DibuatPada, r.SelesaiPada)).ToList(),
            total, batas, nomor, ukuran);
    }
}

internal sealed class KirimUlangSurelCommandHandler(NotifikasiDbContext db, IClock clock) : IRequestHandler<KirimUlangSurelCommand, Unit>
{
    public async Task<Unit> Handle(KirimUlangSurelCommand request, CancellationToken cancellationToken)
    {
        var surel = await db.Surel.SingleOrDefaultAsync(s => s.Id == request.Id && s.Status == StatusSurel.Gagal, cancellationToken)
            ?? throw new NotFoundException("E-mail gagal itu tidak ditemukan (mungkin sudah dikirim ulang).");
        surel.KirimUlang(clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

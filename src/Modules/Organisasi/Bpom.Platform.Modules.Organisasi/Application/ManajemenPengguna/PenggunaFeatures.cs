using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PenggunaEntity = Bpom.Platform.Modules.Organisasi.Domain.Pengguna;

namespace Bpom.Platform.Modules.Organisasi.Application.ManajemenPengguna;

/// <summary>A user account as admins see it (never the password hash).</summary>
public sealed record PenggunaDto(
    Guid Id, string Username, string NamaLengkap, Guid UnitId, string NamaUnit, IReadOnlyList<string> Peran,
    bool Aktif, bool Terkunci, Instant? TerkunciSampai, Instant? LoginTerakhir);

internal static class PenggunaRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> PeranValid<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Pilih minimal satu peran.")
            .Must(p => p.All(Peran.Semua.Contains))
            .WithMessage($"Peran tidak dikenal. Pilihan: {string.Join(", ", Peran.Semua)}.");

    public static IRuleBuilderOptions<T, string> KataSandiKuat<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Kata sandi wajib diisi.")
            .MinimumLength(10).WithMessage("Kata sandi minimal 10 karakter.")
            .MaximumLength(128)
            .Must(p => p.Any(char.IsLetter) && p.Any(char.IsDigit))
            .WithMessage("Kata sandi harus memuat huruf dan angka.");

    public static async Task PastikanUnitAda(OrganisasiDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        if (!await db.UnitKerja.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("UnitId", "Unit kerja tidak ditemukan.")]);
        }
    }
}

public sealed record DaftarPenggunaQuery(Guid? UnitId, string? Cari) : IQuery<IReadOnlyList<PenggunaDto>>;

internal sealed class DaftarPenggunaQueryValidator : AbstractValidator<DaftarPenggunaQuery>
{
    public DaftarPenggunaQueryValidator() => RuleFor(x => x.Cari).MaximumLength(100);
}

internal sealed class DaftarPenggunaQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<DaftarPenggunaQuery, IReadOnlyList<PenggunaDto>>
{
    public async Task<IReadOnlyList<PenggunaDto>> Handle(DaftarPenggunaQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var q = db.Pengguna.AsNoTracking();
        if (request.UnitId is { } unitId)
        {
            q = q.Where(p => p.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(p => EF.Functions.ILike(p.Username, pola) || EF.Functions.ILike(p.NamaLengkap, pola));
        }

        return await Proyeksi(db, q.OrderBy(p => p.Username), now).ToListAsync(cancellationToken);
    }

    internal static IQueryable<PenggunaDto> Proyeksi(OrganisasiDbContext db, IQueryable<PenggunaEntity> q, Instant now) =>
        q.Select(p => new PenggunaDto(p.Id, p.Username, p.NamaLengkap, p.UnitId,
            db.UnitKerja.Where(u => u.Id == p.UnitId).Select(u => u.Nama).First(), p.Peran, p.Aktif,
            p.TerkunciSampai != null && p.TerkunciSampai > now, p.TerkunciSampai, p.LoginTerakhir));
}

public sealed record GetPenggunaQuery(Guid Id) : IQuery<PenggunaDto>;

internal sealed class GetPenggunaQueryValidator : AbstractValidator<GetPenggunaQuery>
{
    public GetPenggunaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetPenggunaQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<GetPenggunaQuery, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(GetPenggunaQuery request, CancellationToken cancellationToken) =>
        await DaftarPenggunaQueryHandler.Proyeksi(db, db.Pengguna.AsNoTracking().Where(p => p.Id == request.Id), clock.GetCurrentInstant())
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
}

/// <summary>Creates a user account (admin).</summary>
public sealed record BuatPenggunaCommand(string Username, string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, string KataSandi) : ICommand<PenggunaDto>;

internal sealed class BuatPenggunaCommandValidator : AbstractValidator<BuatPenggunaCommand>
{
    public BuatPenggunaCommandValidator()
    {
        RuleFor(x => x.Username).NotEmpty().WithMessage("Nama pengguna wajib diisi.")
            .Matches("^[a-zA-Z0-9._-]{3,64}$").WithMessage("Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah atau tanda hubung.");
        RuleFor(x => x.NamaLengkap).NotEmpty().WithMessage("Nama lengkap wajib diisi.").MaximumLength(200);
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Peran).PeranValid();
        RuleFor(x => x.KataSandi).KataSandiKuat();
    }
}

internal sealed class BuatPenggunaCommandHandler(OrganisasiDbContext db, IPasswordHasher<PenggunaEntity> hasher, IClock clock, IMediator mediator)
    : IRequestHandler<BuatPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(BuatPenggunaCommand request, CancellationToken cancellationToken)
    {
        await PenggunaRules.PastikanUnitAda(db, request.UnitId, cancellationToken);
        var username = PenggunaEntity.NormalisasiUsername(request.Username);
        if (await db.Pengguna.AnyAsync(p => p.Username == username, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Username), "Nama pengguna sudah dipakai.")]);
        }

        var pengguna = new PenggunaEntity(Guid.CreateVersion7(), username, request.NamaLengkap.Trim(), request.UnitId, request.Peran, clock.GetCurrentInstant());
        pengguna.SetPasswordHash(hasher.HashPassword(pengguna, request.KataSandi));
        db.Pengguna.Add(pengguna);
        await db.SaveChangesAsync(cancellationToken);
        return await Lihat(mediator, pengguna.Id, cancellationToken);
    }

    internal static Task<PenggunaDto> Lihat(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        mediator.Send(new GetPenggunaQuery(id), cancellationToken);
}

/// <summary>Changes a user's name, unit, roles and active flag (admin).</summary>
public sealed record UbahPenggunaCommand(Guid Id, string NamaLengkap, Guid UnitId, IReadOnlyList<string> Peran, bool Aktif) : ICommand<PenggunaDto>;

internal sealed class UbahPenggunaCommandValidator : AbstractValidator<UbahPenggunaCommand>
{
    public UbahPenggunaCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.NamaLengkap).NotEmpty().WithMessage("Nama lengkap wajib diisi.").MaximumLength(200);
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Peran).PeranValid();
    }
}

internal sealed class UbahPenggunaCommandHandler(OrganisasiDbContext db, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<UbahPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(UbahPenggunaCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        await PenggunaRules.PastikanUnitAda(db, request.UnitId, cancellationToken);
        if (pengguna.Id == currentUser.UserId && (!request.Aktif || !request.Peran.Contains(Peran.Admin)))
        {
            throw new BuildingBlocks.Domain.DomainException("Admin tidak dapat menonaktifkan atau mencabut peran Admin dari akunnya sendiri.");
        }

        pengguna.NamaLengkap = request.NamaLengkap.Trim();
        pengguna.UnitId = request.UnitId;
        pengguna.GantiPeran(request.Peran);
        pengguna.Aktif = request.Aktif;
        await db.SaveChangesAsync(cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

/// <summary>Sets a new password for a user and lifts any lockout (admin).</summary>
public sealed record AturKataSandiCommand(Guid Id, string KataSandi) : ICommand<PenggunaDto>;

internal sealed class AturKataSandiCommandValidator : AbstractValidator<AturKataSandiCommand>
{
    public AturKataSandiCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.KataSandi).KataSandiKuat();
    }
}

internal sealed class AturKataSandiCommandHandler(OrganisasiDbContext db, IPasswordHasher<PenggunaEntity> hasher, IMediator mediator)
    : IRequestHandler<AturKataSandiCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(AturKataSandiCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        pengguna.SetPasswordHash(hasher.HashPassword(pengguna, request.KataSandi));
        pengguna.BukaKunci();
        await db.SaveChangesAsync(cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

/// <summary>Lifts a lockout after repeated failed logins (admin).</summary>
public sealed record BukaKunciPenggunaCommand(Guid Id) : ICommand<PenggunaDto>;

internal sealed class BukaKunciPenggunaCommandValidator : AbstractValidator<BukaKunciPenggunaCommand>
{
    public BukaKunciPenggunaCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class BukaKunciPenggunaCommandHandler(OrganisasiDbContext db, IMediator mediator) : IRequestHandler<BukaKunciPenggunaCommand, PenggunaDto>
{
    public async Task<PenggunaDto> Handle(BukaKunciPenggunaCommand request, CancellationToken cancellationToken)
    {
        var pengguna = await db.Pengguna.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Pengguna {request.Id} tidak ditemukan.");
        pengguna.BukaKunci();
        await db.SaveChangesAsync(cancellationToken);
        return await BuatPenggunaCommandHandler.Lihat(mediator, pengguna.Id, cancellationToken);
    }
}

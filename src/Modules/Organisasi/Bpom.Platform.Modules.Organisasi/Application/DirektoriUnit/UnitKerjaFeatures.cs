using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.DirektoriUnit;

/// <summary>A unit in the directory.</summary>
public sealed record UnitKerjaDto(
    Guid Id,
    string Nama,
    JenisUnit Jenis,
    string? Kategori,
    string? Eselon1,
    string? Kota,
    string Provinsi,
    string ZonaWaktu,
    Guid? KoordinatorId,
    string? NamaKoordinator,
    bool Aktif);

internal static class UnitKerjaProjection
{
    /// <summary>Projects to the DTO in SQL; order the source first (ordering survives the projection).</summary>
    public static IQueryable<UnitKerjaDto> ToDto(this IQueryable<Domain.UnitKerja> units, IQueryable<Domain.UnitKerja> all) =>
        units.Select(u => new UnitKerjaDto(u.Id, u.Nama, u.Jenis, u.Kategori, u.Eselon1, u.Kota, u.Provinsi, u.ZonaWaktu,
            u.KoordinatorId, all.Where(k => k.Id == u.KoordinatorId).Select(k => k.Nama).FirstOrDefault(), u.Aktif));
}

internal static class ZonaWaktuRules
{
    public static IRuleBuilderOptions<T, string> ZonaWaktuIana<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Zona waktu wajib diisi.")
            .Must(z => DateTimeZoneProviders.Tzdb.GetZoneOrNull(z ?? string.Empty) is not null)
            .WithMessage("Zona waktu harus berupa nama zona IANA, mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura.");
}

/// <summary>Lists units, optionally filtered by kind, province or a name fragment.</summary>
public sealed record DaftarUnitKerjaQuery(JenisUnit? Jenis, string? Provinsi, string? Cari, Guid? KoordinatorId) : IQuery<IReadOnlyList<UnitKerjaDto>>;

internal sealed class DaftarUnitKerjaQueryValidator : AbstractValidator<DaftarUnitKerjaQuery>
{
    public DaftarUnitKerjaQueryValidator()
    {
        RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis unit tidak dikenal.");
        RuleFor(x => x.Provinsi).MaximumLength(100);
        RuleFor(x => x.Cari).MaximumLength(100);
    }
}

internal sealed class DaftarUnitKerjaQueryHandler(OrganisasiDbContext db) : IRequestHandler<DaftarUnitKerjaQuery, IReadOnlyList<UnitKerjaDto>>
{
    public async Task<IReadOnlyList<UnitKerjaDto>> Handle(DaftarUnitKerjaQuery request, CancellationToken cancellationToken)
    {
        var q = db.UnitKerja.AsNoTracking();
        if (request.Jenis is { } jenis)
        {
            q = q.Where(u => u.Jenis == jenis);
        }

        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            q = q.Where(u => u.Provinsi == request.Provinsi.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(u => EF.Functions.ILike(u.Nama, pola));
        }

        if (request.KoordinatorId is { } koordinatorId)
        {
            q = q.Where(u => u.KoordinatorId == koordinatorId);
        }

        return await q.OrderBy(u => u.Jenis).ThenBy(u => u.Nama).ToDto(db.UnitKerja.AsNoTracking()).ToListAsync(cancellationToken);
    }
}

public sealed record GetUnitKerjaQuery(Guid Id) : IQuery<UnitKerjaDto>;

internal sealed class GetUnitKerjaQueryValidator : AbstractValidator<GetUnitKerjaQuery>
{
    public GetUnitKerjaQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetUnitKerjaQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetUnitKerjaQuery, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(GetUnitKerjaQuery request, CancellationToken cancellationToken) =>
        await db.UnitKerja.AsNoTracking().Where(u => u.Id == request.Id).ToDto(db.UnitKerja.AsNoTracking())
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Unit kerja {request.Id} tidak ditemukan.");
}

/// <summary>Creates a unit (admin).</summary>
public sealed record BuatUnitKerjaCommand(
    string Nama, JenisUnit Jenis, string? Kategori, string? Eselon1, string? Kota, string Provinsi, string ZonaWaktu) : ICommand<UnitKerjaDto>;

internal sealed class BuatUnitKerjaCommandValidator : AbstractValidator<BuatUnitKerjaCommand>
{
    public BuatUnitKerjaCommandValidator()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis unit tidak dikenal.");
        RuleFor(x => x.Kategori).MaximumLength(50);
        RuleFor(x => x.Eselon1).MaximumLength(100);
        RuleFor(x => x.Kota).MaximumLength(100);
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
        RuleFor(x => x.ZonaWaktu).ZonaWaktuIana();
    }
}

internal sealed class BuatUnitKerjaCommandHandler(OrganisasiDbContext db, IMediator mediator) : IRequestHandler<BuatUnitKerjaCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(BuatUnitKerjaCommand request, CancellationToken cancellationToken)
    {
        var nama = request.Nama.Trim();
        if (await db.UnitKerja.AnyAsync(u => u.Nama == nama, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.Nama), "Nama unit sudah dipakai.")]);
        }

        var unit = new Domain.UnitKerja(Guid.CreateVersion7(), nama, request.Jenis, request.Provinsi.Trim(), request.ZonaWaktu.Trim())
        {
            Kategori = request.Kategori?.Trim(),
            Eselon1 = request.Eselon1?.Trim(),
            Kota = request.Kota?.Trim(),
        };
        db.UnitKerja.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(unit.Id), cancellationToken);
    }
}

/// <summary>Updates a unit's name, place, time zone and status (admin).</summary>
public sealed record UbahUnitKerjaCommand(
    Guid Id, string Nama, string? Kategori, string? Eselon1, string? Kota, string Provinsi, string ZonaWaktu, bool Aktif) : ICommand<UnitKerjaDto>;

internal sealed class UbahUnitKerjaCommandValidator : AbstractValidator<UbahUnitKerjaCommand>
{
    public UbahUnitKerjaCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama unit wajib diisi.").MaximumLength(200);
        RuleFor(x => x.Kategori).MaximumLength(50);
        RuleFor(x => x.Eselon1).MaximumLength(100);
        RuleFor(x => x.Kota).MaximumLength(100);
        RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
        RuleFor(x => x.ZonaWaktu).ZonaWaktuIana();
    }
}

internal sealed class UbahUnitKerjaCommandHandler(OrganisasiDbContext db, IMediator mediator) : IRequestHandler<UbahUnitKerjaCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(UbahUnitKerjaCommand request, CancellationToken cancellationToken)
    {
        var unit = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Unit kerja {request.Id} tidak ditemukan.");
        var nama = request.Nama.Trim();
        if (await db.UnitKerja.AnyAsync(u => u.Nama == nama && u.Id != request.Id, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.Nama), "Nama unit sudah dipakai.")]);
        }

        unit.Ubah(nama, request.Provinsi.Trim(), request.ZonaWaktu.Trim());
        unit.Kategori = request.Kategori?.Trim();
        unit.Eselon1 = request.Eselon1?.Trim();
        unit.Kota = request.Kota?.Trim();
        unit.Aktif = request.Aktif;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(unit.Id), cancellationToken);
    }
}

/// <summary>Appoints (or, with null, clears) the koordinator Balai of a Loka POM (admin).</summary>
public sealed record TetapkanKoordinatorCommand(Guid LokaId, Guid? KoordinatorId) : ICommand<UnitKerjaDto>;

internal sealed class TetapkanKoordinatorCommandValidator : AbstractValidator<TetapkanKoordinatorCommand>
{
    public TetapkanKoordinatorCommandValidator()
    {
        RuleFor(x => x.LokaId).NotEmpty();
        RuleFor(x => x.KoordinatorId).NotEqual(Guid.Empty).WithMessage("Koordinator tidak valid.");
    }
}

internal sealed class TetapkanKoordinatorCommandHandler(OrganisasiDbContext db, IMediator mediator) : IRequestHandler<TetapkanKoordinatorCommand, UnitKerjaDto>
{
    public async Task<UnitKerjaDto> Handle(TetapkanKoordinatorCommand request, CancellationToken cancellationToken)
    {
        var loka = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == request.LokaId, cancellationToken)
            ?? throw new NotFoundException($"Unit kerja {request.LokaId} tidak ditemukan.");
        Domain.UnitKerja? koordinator = null;
        if (request.KoordinatorId is { } id)
        {
            koordinator = await db.UnitKerja.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.KoordinatorId), "Koordinator tidak ditemukan.")]);
        }

        loka.TetapkanKoordinator(koordinator);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetUnitKerjaQuery(loka.Id), cancellationToken);
    }
}

internal sealed class GetUnitKerjaRingkasQueryValidator : AbstractValidator<GetUnitKerjaRingkasQuery>
{
    public GetUnitKerjaRingkasQueryValidator() => RuleFor(x => x.UnitId).NotEmpty();
}

internal sealed class GetUnitKerjaRingkasQueryHandler(OrganisasiDbContext db) : IRequestHandler<GetUnitKerjaRingkasQuery, UnitKerjaRingkas?>
{
    public async Task<UnitKerjaRingkas?> Handle(GetUnitKerjaRingkasQuery request, CancellationToken cancellationToken) =>
        await db.UnitKerja.AsNoTracking().Where(u => u.Id == request.UnitId)
            .Select(u => new UnitKerjaRingkas(u.Id, u.Nama, u.Jenis.ToString(), u.Provinsi, u.ZonaWaktu, u.KoordinatorId))
            .SingleOrDefaultAsync(cancellationToken);
}

internal sealed class GetUnitTerjangkauQueryValidator : AbstractValidator<GetUnitTerjangkauQuery>
{
    public GetUnitTerjangkauQueryValidator() => RuleFor(x => x.UnitId).NotEmpty();
}

internal sealed class GetUnitTerjangkauQueryHandler(IDirektoriOrganisasi direktori) : IRequestHandler<GetUnitTerjangkauQuery, IReadOnlyList<Guid>>
{
    public Task<IReadOnlyList<Guid>> Handle(GetUnitTerjangkauQuery request, CancellationToken cancellationToken) =>
        direktori.UnitTerjangkauAsync(request.UnitId, cancellationToken);
}

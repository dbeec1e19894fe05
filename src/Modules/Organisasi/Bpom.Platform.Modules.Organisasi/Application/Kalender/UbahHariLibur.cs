using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Changes a holiday (admin).</summary>
internal sealed record UbahHariLiburCommand(Guid Id, LocalDate? Tanggal, string Jenis, string Nama, string? DasarHukum) : ICommand<HariLiburDto>;

internal sealed class UbahHariLiburCommandValidator : AbstractValidator<UbahHariLiburCommand>
{
    public UbahHariLiburCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Tanggal).TanggalWajib("tanggal");
        RuleFor(x => x.Jenis).JenisValid();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama hari libur wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarHukum).MaximumLength(300);
    }
}

internal sealed class UbahHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events, IPrasyaratVersi prasyarat)
    : IRequestHandler<UbahHariLiburCommand, HariLiburDto>
{
    public async Task<HariLiburDto> Handle(UbahHariLiburCommand request, CancellationToken cancellationToken)
    {
        var libur = await db.TanggalLibur.SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Hari libur {request.Id} tidak ditemukan.");
        prasyarat.Pastikan(libur.Id.ToString("N"), Etag.Buat(libur.Id, libur.Versi));
        var tanggal = request.Tanggal!.Value;
        var nama = request.Nama.Trim();
        if (await db.TanggalLibur.AnyAsync(t => t.Tanggal == tanggal && t.Nama == nama && t.Id != request.Id, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Tanggal), $"Hari libur \"{nama}\" pada {tanggal:yyyy-MM-dd} sudah ada.")]);
        }

        libur.Ubah(tanggal, HariLiburCsv.ParseJenis(request.Jenis)!.Value, nama, request.DasarHukum);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the answer carries the new row version (ETag)
        return HariLiburMapping.ToDto(libur);
    }
}

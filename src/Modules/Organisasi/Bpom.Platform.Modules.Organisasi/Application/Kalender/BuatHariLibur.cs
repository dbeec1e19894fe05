using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Seed;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Adds a holiday (admin).</summary>
internal sealed record BuatHariLiburCommand(LocalDate? Tanggal, string Jenis, string Nama, string? DasarHukum) : ICommand<HariLiburDto>;

internal sealed class BuatHariLiburCommandValidator : AbstractValidator<BuatHariLiburCommand>
{
    public BuatHariLiburCommandValidator()
    {
        RuleFor(x => x.Tanggal).TanggalWajib("tanggal");
        RuleFor(x => x.Jenis).JenisValid();
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama hari libur wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarHukum).MaximumLength(300);
    }
}

internal sealed class BuatHariLiburCommandHandler(OrganisasiDbContext db, IClock clock, ICurrentUser user, IIntegrationEvents events)
    : IRequestHandler<BuatHariLiburCommand, HariLiburDto>
{
    public async Task<HariLiburDto> Handle(BuatHariLiburCommand request, CancellationToken cancellationToken)
    {
        var tanggal = request.Tanggal!.Value;
        var nama = request.Nama.Trim();
        if (await db.TanggalLibur.AnyAsync(t => t.Tanggal == tanggal && t.Nama == nama, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Tanggal), $"Hari libur \"{nama}\" pada {tanggal:yyyy-MM-dd} sudah ada.")]);
        }

        var libur = new TanggalLibur(Guid.CreateVersion7(), tanggal, HariLiburCsv.ParseJenis(request.Jenis)!.Value, nama, request.DasarHukum);
        db.TanggalLibur.Add(libur);
        await HariLiburMapping.CatatPerubahanAsync(db, clock, user, events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the answer carries the new row version (ETag)
        return HariLiburMapping.ToDto(libur);
    }
}

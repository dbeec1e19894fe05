using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev;

/// <summary>Submits a quarterly monev report (staff of the report's unit).</summary>
internal sealed record KirimMonevTriwulanCommand(Guid Id, string Ringkasan) : ICommand<MonevTriwulanDto>;

internal sealed class KirimMonevTriwulanCommandValidator : AbstractValidator<KirimMonevTriwulanCommand>
{
    public KirimMonevTriwulanCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Ringkasan).NotEmpty().WithMessage("Ringkasan hasil monev wajib diisi.").MaximumLength(4000);
    }
}

internal sealed class KirimMonevTriwulanCommandHandler(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun, IMediator mediator, ICurrentUser user, IClock clock)
    : IRequestHandler<KirimMonevTriwulanCommand, MonevTriwulanDto>
{
    public static bool Boleh(ICurrentUser user, LaporanMonevTriwulan l) =>
        l.UnitId == user.UnitId && (user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt) || user.IsInRole(Peran.KepalaUnit));

    public async Task<MonevTriwulanDto> Handle(KirimMonevTriwulanCommand request, CancellationToken cancellationToken)
    {
        var l = await db.MonevTriwulan.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Laporan tidak ditemukan.");
        var terbaca = await (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken)).AnyAsync(a => a.Id == l.AngkatanId, cancellationToken);
        if (!terbaca)
        {
            throw new NotFoundException("Laporan tidak ditemukan.");
        }

        if (!Boleh(user, l))
        {
            throw new ForbiddenException("Laporan monev dikirim oleh unit yang bersangkutan.");
        }

        l.Kirim(request.Ringkasan, user.Username, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return (await mediator.Send(new DaftarMonevTriwulanQuery(l.Tahun), cancellationToken)).Single(x => x.Id == l.Id);
    }
}

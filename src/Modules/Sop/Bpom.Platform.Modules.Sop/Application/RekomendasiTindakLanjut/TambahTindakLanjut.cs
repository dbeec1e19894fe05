using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Adds a follow-up (Open) to a recommendation.</summary>
internal sealed record TambahTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, string Uraian) : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class TambahTindakLanjutCommandValidator : AbstractValidator<TambahTindakLanjutCommand>
{
    public TambahTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian tindak lanjut wajib diisi.").MaximumLength(2000);
    }
}

internal sealed class TambahTindakLanjutCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<TambahTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(TambahTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans, r);
        var sekarang = clock.GetCurrentInstant();
        var tl = r.TambahTindakLanjut(Guid.CreateVersion7(), request.Uraian, sekarang, akses.Pengguna.UserId);
        db.TindakLanjut.Add(tl);
        instans.Sentuh(sekarang);
        audit.Catat(instans, null, "TambahTindakLanjut", ke: nameof(StatusTindakLanjut.Open), keterangan: $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}: {tl.Uraian}");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Reopens a closed follow-up with a reason (e.g. the evidence did not hold).</summary>
internal sealed record BukaKembaliTindakLanjutCommand(Guid InstansId, Guid RekomendasiId, Guid TindakLanjutId, string Alasan) : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class BukaKembaliTindakLanjutCommandValidator : AbstractValidator<BukaKembaliTindakLanjutCommand>
{
    public BukaKembaliTindakLanjutCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.TindakLanjutId).NotEmpty();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi.").MaximumLength(1000);
    }
}

internal sealed class BukaKembaliTindakLanjutCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<BukaKembaliTindakLanjutCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(BukaKembaliTindakLanjutCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var tl = r.TindakLanjut.SingleOrDefault(t => t.Id == request.TindakLanjutId) ?? throw new NotFoundException("Tindak lanjut tidak ditemukan.");
        tl.BukaKembali(request.Alasan);
        instans.Sentuh(clock.GetCurrentInstant());
        audit.Catat(instans, null, "BukaKembaliTindakLanjut", nameof(StatusTindakLanjut.Close), nameof(StatusTindakLanjut.Open), request.Alasan.Trim(),
            $"Rekomendasi {r.Nomor}, tindak lanjut {tl.Nomor}");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

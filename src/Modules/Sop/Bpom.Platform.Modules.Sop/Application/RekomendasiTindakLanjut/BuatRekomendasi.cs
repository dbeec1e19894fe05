using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Adds a recommendation (from the activity's result) with its owner and target date.</summary>
internal sealed record BuatRekomendasiCommand(Guid InstansId, string Uraian, string PenanggungJawab, LocalDate? TargetTanggal) : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class BuatRekomendasiCommandValidator : AbstractValidator<BuatRekomendasiCommand>
{
    public BuatRekomendasiCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian rekomendasi wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.PenanggungJawab).NotEmpty().WithMessage("Penanggung jawab wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TargetTanggal).TanggalWajar();
        RuleFor(x => x.TargetTanggal).NotNull().WithMessage("Target tanggal wajib diisi.");
    }
}

internal sealed class BuatRekomendasiCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<BuatRekomendasiCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(BuatRekomendasiCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var nomor = (await db.Rekomendasi.Where(r => r.InstansId == instans.Id).MaxAsync(r => (int?)r.Nomor, cancellationToken) ?? 0) + 1;
        var sekarang = clock.GetCurrentInstant();
        db.Rekomendasi.Add(new Rekomendasi(
            Guid.CreateVersion7(), instans.Id, nomor, request.Uraian, request.PenanggungJawab, request.TargetTanggal!.Value, sekarang, akses.Pengguna.UserId));
        instans.Sentuh(sekarang);
        audit.Catat(instans, null, "TambahRekomendasi", keterangan: $"Rekomendasi {nomor}: {request.Uraian.Trim()} (PJ {request.PenanggungJawab.Trim()}, target {request.TargetTanggal:yyyy-MM-dd})");
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

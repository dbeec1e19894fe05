using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.RekomendasiTindakLanjut;

/// <summary>Edits a recommendation.</summary>
internal sealed record UbahRekomendasiCommand(Guid InstansId, Guid RekomendasiId, string Uraian, string PenanggungJawab, LocalDate? TargetTanggal)
    : ICommand<IReadOnlyList<RekomendasiDto>>;

internal sealed class UbahRekomendasiCommandValidator : AbstractValidator<UbahRekomendasiCommand>
{
    public UbahRekomendasiCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.RekomendasiId).NotEmpty();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian rekomendasi wajib diisi.").MaximumLength(2000);
        RuleFor(x => x.PenanggungJawab).NotEmpty().WithMessage("Penanggung jawab wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TargetTanggal).TanggalWajar();
        RuleFor(x => x.TargetTanggal).NotNull().WithMessage("Target tanggal wajib diisi.");
    }
}

internal sealed class UbahRekomendasiCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<UbahRekomendasiCommand, IReadOnlyList<RekomendasiDto>>
{
    public async Task<IReadOnlyList<RekomendasiDto>> Handle(UbahRekomendasiCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        RekomendasiMapping.PastikanBolehMengelola(akses, instans);
        var r = await RekomendasiMapping.MuatAsync(db, instans.Id, request.RekomendasiId, cancellationToken);
        var lama = $"{r.Uraian} (PJ {r.PenanggungJawab}, target {r.TargetTanggal:yyyy-MM-dd})";
        r.Ubah(request.Uraian, request.PenanggungJawab, request.TargetTanggal!.Value);
        instans.Sentuh(clock.GetCurrentInstant());
        var baru = $"{r.Uraian} (PJ {r.PenanggungJawab}, target {r.TargetTanggal:yyyy-MM-dd})";
        var keterangan = $"Rekomendasi {r.Nomor}. Sebelum: {lama} → Sesudah: {baru}";
        audit.Catat(instans, null, "UbahRekomendasi", keterangan: keterangan);
        await db.SaveChangesAsync(cancellationToken);
        return await RekomendasiMapping.BacaAsync(db, instans, clock, cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

internal static class PendampinganRules
{
    /// <summary>Certificate validity is judged on the date in Jakarta, as the public verification does.</summary>
    public static LocalDate HariIni(IClock clock) => clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;

    public static bool Diakui(IEnumerable<PesertaAngkatan> peserta, LocalDate hariIni) =>
        peserta.Any(p => p.Status == StatusPeserta.Diakui && p.SertifikatPengakuan is { } s && s.BerlakuSampai >= hariIni);

    public static bool BolehMenugaskan(ICurrentUser user) =>
        user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt) || user.IsInRole(Peran.KepalaUnit) || user.IsInRole(Peran.Admin);
}

/// <summary>Assigns a recognised facilitator (valid recognition certificate) to mentor a business: one from the
/// Pembinaan registry (<paramref name="SasaranPembinaanId"/>) or a plain record (name, NIB).</summary>
internal sealed record TugaskanFasilitatorCommand(
    Guid FasilitatorId, Guid? SasaranPembinaanId, string? NamaUsaha, string? Nib, LocalDate? Mulai, LocalDate? Selesai, string? Catatan) : ICommand<FasilitatorDto>;

internal sealed class TugaskanFasilitatorCommandValidator : AbstractValidator<TugaskanFasilitatorCommand>
{
    public TugaskanFasilitatorCommandValidator()
    {
        RuleFor(x => x.FasilitatorId).NotEmpty();
        RuleFor(x => x.NamaUsaha).NotEmpty().WithMessage("Pilih pelaku usaha dari daftar pembinaan atau isi namanya.").MaximumLength(200).When(x => x.SasaranPembinaanId is null);
        RuleFor(x => x.Nib).Matches("^[0-9]{13}$").WithMessage("NIB terdiri atas 13 angka.").When(x => !string.IsNullOrWhiteSpace(x.Nib));
        RuleFor(x => x.Mulai).TanggalWajar();
        RuleFor(x => x.Mulai).NotNull().WithMessage("Tanggal mulai wajib diisi.");
        RuleFor(x => x.Selesai).TanggalWajar();
        RuleFor(x => x.Selesai).Must((x, d) => d is null || x.Mulai is null || d >= x.Mulai).WithMessage("Tanggal selesai tidak boleh sebelum mulai.");
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TugaskanFasilitatorCommandHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, IMediator mediator, ICurrentUser user, IClock clock)
    : IRequestHandler<TugaskanFasilitatorCommand, FasilitatorDto>
{
    public async Task<FasilitatorDto> Handle(TugaskanFasilitatorCommand request, CancellationToken cancellationToken)
    {
        var peserta = await (await cakupan.PesertaAsync(cancellationToken)).Where(p => p.FasilitatorId == request.FasilitatorId).ToListAsync(cancellationToken);
        if (peserta.Count == 0)
        {
            throw new NotFoundException("Fasilitator tidak ditemukan.");
        }

        if (!PendampinganRules.BolehMenugaskan(user))
        {
            throw new ForbiddenException("Penugasan fasilitator dibuat oleh petugas Unit Kerja Pusat atau UPT.");
        }

        if (!PendampinganRules.Diakui(peserta, PendampinganRules.HariIni(clock)))
        {
            throw new DomainException("Hanya fasilitator dengan sertifikat pengakuan yang masih berlaku yang dapat ditugaskan.");
        }

        var (nama, nib) = (request.NamaUsaha?.Trim() ?? string.Empty, request.Nib);
        if (request.SasaranPembinaanId is { } sid)
        {
            var s = await mediator.Send(new GetSasaranPembinaanInfoQuery(sid), cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("sasaranPembinaanId", "Pelaku usaha tidak ada di daftar pembinaan.")]);
            (nama, nib) = (s.Nama, s.Nib);
        }

        db.Pendampingan.Add(new PendampinganFasilitator(
            Guid.CreateVersion7(), request.FasilitatorId, request.SasaranPembinaanId, nama, nib, request.Mulai!.Value, request.Selesai, request.Catatan, user.UserId,
            clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetFasilitatorQuery(request.FasilitatorId), cancellationToken);
    }
}

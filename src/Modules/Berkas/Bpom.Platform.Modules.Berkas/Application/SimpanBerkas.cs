using Bpom.Platform.Modules.Berkas.Contracts;
using Bpom.Platform.Modules.Berkas.Domain;
using Bpom.Platform.Modules.Berkas.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Berkas.Application;

internal sealed class SimpanBerkasCommandValidator : AbstractValidator<SimpanBerkasCommand>
{
    public SimpanBerkasCommandValidator()
    {
        RuleFor(x => x.Modul).NotEmpty().MaximumLength(60);
        RuleFor(x => x.NamaBerkas).NotEmpty().OverridePropertyName("berkas").WithMessage("Berkas wajib diunggah.").MaximumLength(255);
        RuleFor(x => x.Isi).NotNull().Must(i => i.Length > 0).OverridePropertyName("berkas").WithMessage("Berkas kosong.");
        RuleFor(x => x.UkuranMaksimum).GreaterThan(0);
    }
}

internal sealed class SimpanBerkasCommandHandler(BerkasDbContext db, IClock clock) : IRequestHandler<SimpanBerkasCommand, BerkasDto>
{
    public Task<BerkasDto> Handle(SimpanBerkasCommand request, CancellationToken cancellationToken)
    {
        var hasil = PemeriksaDokumen.Periksa(request.NamaBerkas, request.Isi, request.UkuranMaksimum ?? PemeriksaDokumen.UkuranMaksimumDefault);
        if (hasil.Dokumen is not { } diterima)
        {
            throw new ValidationException([new ValidationFailure("berkas", hasil.Alasan)]);
        }

        var berkas = new BerkasTersimpan(
            Guid.CreateVersion7(), request.Modul, diterima.NamaBerkas, diterima.ContentType, diterima.Sha256, request.Isi, clock.GetCurrentInstant());
        db.Berkas.Add(berkas);
        return Task.FromResult(new BerkasDto(berkas.Id, berkas.NamaBerkas, berkas.JenisKonten, berkas.Ukuran, berkas.Sha256));
    }
}

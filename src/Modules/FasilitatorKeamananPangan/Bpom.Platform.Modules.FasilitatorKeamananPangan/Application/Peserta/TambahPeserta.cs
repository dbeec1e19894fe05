using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.KelolaAngkatan;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Peserta;

/// <summary>Registers one person to a cohort (registration must be open: D1 or D2 running, and the cohort running).</summary>
internal sealed record TambahPesertaCommand(Guid AngkatanId, DataPeserta Peserta) : ICommand<AngkatanDto>;

internal sealed class TambahPesertaCommandValidator : AbstractValidator<TambahPesertaCommand>
{
    public TambahPesertaCommandValidator() => RuleFor(x => x.AngkatanId).NotEmpty();
}

internal sealed class TambahPesertaCommandHandler(FasilitatorDbContext db, AksesFasilitator akses, PembacaAngkatan pembaca, PendaftarPeserta pendaftar)
    : IRequestHandler<TambahPesertaCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(TambahPesertaCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.AngkatanId, cancellationToken);
        PendaftaranAngkatan.PastikanTerbuka(a, instans, akses);
        var gagal = await pendaftar.DaftarkanAsync(a, [request.Peserta], "peserta", cancellationToken);
        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal.Select(g => new ValidationFailure(g.PropertyName.Replace("peserta[0]", "peserta", StringComparison.Ordinal), g.ErrorMessage)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

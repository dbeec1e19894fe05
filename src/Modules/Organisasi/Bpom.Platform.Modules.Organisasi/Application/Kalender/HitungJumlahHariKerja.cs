using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Working days in (dari, sampai].</summary>
internal sealed record JumlahHariKerjaResponse(
    LocalDate Dari, LocalDate Sampai, int JumlahHariKerja, bool CutiBersamaSebagaiHariKerja, IReadOnlyList<string> Peringatan);

internal sealed record HitungJumlahHariKerjaQuery(LocalDate? Dari, LocalDate? Sampai) : IQuery<JumlahHariKerjaResponse>;

internal sealed class HitungJumlahHariKerjaQueryValidator : AbstractValidator<HitungJumlahHariKerjaQuery>
{
    public HitungJumlahHariKerjaQueryValidator()
    {
        RuleFor(x => x.Dari).TanggalWajib("dari");
        RuleFor(x => x.Sampai).TanggalWajib("sampai");
        RuleFor(x => x.Sampai).GreaterThanOrEqualTo(x => x.Dari)
            .When(x => x.Dari is not null && x.Sampai is not null)
            .WithMessage("sampai tidak boleh sebelum dari.");
    }
}

internal sealed class HitungJumlahHariKerjaQueryHandler(IKalenderHariKerjaSource source)
    : IRequestHandler<HitungJumlahHariKerjaQuery, JumlahHariKerjaResponse>
{
    public async Task<JumlahHariKerjaResponse> Handle(HitungJumlahHariKerjaQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = (request.Dari!.Value, request.Sampai!.Value);
        var kalender = await source.GetAsync(cancellationToken);
        return new JumlahHariKerjaResponse(dari, sampai, kalender.HitungHariKerja(dari, sampai),
            kalender.CutiBersamaSebagaiHariKerja, KalenderRules.Peringatan(kalender, dari, sampai));
    }
}

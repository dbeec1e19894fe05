using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;
using MediatR;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>A unit that has not submitted its realisation of a period although entry has closed.</summary>
internal sealed record UnitTerlambatDto(Guid UnitId, string Unit, string Periode, LocalDate BatasEntri, StatusRealisasi? Status);

/// <summary>Units (with a PK for the year) that had not submitted any version of the period's report when entry
/// closed.</summary>
internal sealed record DaftarTerlambatRealisasiQuery(int Tahun, string? Periode) : IQuery<IReadOnlyList<UnitTerlambatDto>>;

internal sealed class DaftarTerlambatRealisasiQueryValidator : AbstractValidator<DaftarTerlambatRealisasiQuery>
{
    public DaftarTerlambatRealisasiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

internal sealed class DaftarTerlambatRealisasiQueryHandler(PemantauRealisasi pemantau) : IRequestHandler<DaftarTerlambatRealisasiQuery, IReadOnlyList<UnitTerlambatDto>>
{
    public Task<IReadOnlyList<UnitTerlambatDto>> Handle(DaftarTerlambatRealisasiQuery request, CancellationToken cancellationToken) =>
        pemantau.TerlambatAsync(request.Tahun, KodePeriode.Normalisasi(request.Periode)!, true, cancellationToken);
}

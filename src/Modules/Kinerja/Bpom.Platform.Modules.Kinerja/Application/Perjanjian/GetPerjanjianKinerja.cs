using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Kinerja.Application.Perjanjian;

/// <summary>A unit's PK for a year (current version).</summary>
internal sealed record GetPerjanjianKinerjaQuery(Guid UnitId, int Tahun) : IQuery<PerjanjianKinerjaDto>;

internal sealed class GetPerjanjianKinerjaQueryValidator : AbstractValidator<GetPerjanjianKinerjaQuery>
{
    public GetPerjanjianKinerjaQueryValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).TahunKinerja();
    }
}

internal sealed class GetPerjanjianKinerjaQueryHandler(PenghitungNilai penghitung, AksesKinerja akses) : IRequestHandler<GetPerjanjianKinerjaQuery, PerjanjianKinerjaDto>
{
    public async Task<PerjanjianKinerjaDto> Handle(GetPerjanjianKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(null, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        return new PerjanjianKinerjaDto(pk.Id, pk.UnitId, unit.Nama, pk.Tahun, pk.Versi, pk.Struktur, pk.DiubahPada, pk.DiubahOleh, await akses.BolehUbahAsync(unit.Id, cancellationToken));
    }
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>Action plans the user may read.</summary>
internal sealed record DaftarRencanaAksiQuery(int Tahun, int? Semester, Guid? UnitId, StatusRencanaAksi? Status) : IQuery<IReadOnlyList<RencanaAksiDto>>;

internal sealed class DaftarRencanaAksiQueryValidator : AbstractValidator<DaftarRencanaAksiQuery>
{
    public DaftarRencanaAksiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class DaftarRencanaAksiQueryHandler(PembacaRencanaAksi pembaca, AksesKinerja akses)
    : IRequestHandler<DaftarRencanaAksiQuery, IReadOnlyList<RencanaAksiDto>>
{
    public async Task<IReadOnlyList<RencanaAksiDto>> Handle(DaftarRencanaAksiQuery request, CancellationToken cancellationToken)
    {
        var rows = await pembaca.SaringAsync(request.Tahun, request.Semester, request.UnitId, cancellationToken);

        // One directory read for the list; each item's unit and reviewer checks then come from the request's cache.
        await akses.MuatUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        if (request.Status is { } s)
        {
            rows = rows.Where(r => r.Status == s).ToList();
        }

        var hasil = new List<RencanaAksiDto>();
        foreach (var r in rows)
        {
            hasil.Add(await pembaca.DtoAsync(r, cancellationToken));
        }

        return hasil.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.NomorRekomendasi, StringComparer.Ordinal).ToList();
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

/// <summary>Semester recap of one unit: action plans, how many are "sesuai rekomendasi", open and closed.</summary>
internal sealed record RekapRencanaAksiUnitDto(Guid UnitId, string Unit, int Jumlah, int Sesuai, decimal? PersenSesuai, int Open, int Close);

/// <summary>Semester recap per unit and overall.</summary>
internal sealed record RekapRencanaAksiDto(int Tahun, int Semester, IReadOnlyList<RekapRencanaAksiUnitDto> Unit, RekapRencanaAksiUnitDto Total);

/// <summary>The semester recap of action plans (share "sesuai rekomendasi") per unit and overall.</summary>
internal sealed record RekapRencanaAksiQuery(int Tahun, int Semester) : IQuery<RekapRencanaAksiDto>;

internal sealed class RekapRencanaAksiQueryValidator : AbstractValidator<RekapRencanaAksiQuery>
{
    public RekapRencanaAksiQueryValidator()
    {
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Semester).InclusiveBetween(1, 2).WithMessage("semester harus 1 atau 2.");
    }
}

internal sealed class RekapRencanaAksiQueryHandler(PembacaRencanaAksi pembaca, IDirektoriOrganisasi direktori) : IRequestHandler<RekapRencanaAksiQuery, RekapRencanaAksiDto>
{
    public async Task<RekapRencanaAksiDto> Handle(RekapRencanaAksiQuery request, CancellationToken cancellationToken)
    {
        var rows = await pembaca.SaringAsync(request.Tahun, request.Semester, null, cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var unit = rows.GroupBy(r => r.UnitId).Select(g => Hitung(g.Key, nama.GetValueOrDefault(g.Key, "-"), g.ToList()))
            .OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return new RekapRencanaAksiDto(request.Tahun, request.Semester, unit, Hitung(Guid.Empty, "Total", rows));
    }

    private static RekapRencanaAksiUnitDto Hitung(Guid unitId, string unit, List<RencanaAksi> r)
    {
        var sesuai = r.Count(x => x.SesuaiRekomendasi == true);
        return new RekapRencanaAksiUnitDto(
            unitId, unit, r.Count, sesuai, r.Count == 0 ? null : Penilaian.Bulatkan(sesuai * 100m / r.Count),
            r.Count(x => x.Status == StatusRencanaAksi.Open), r.Count(x => x.Status == StatusRencanaAksi.Close));
    }
}

using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;
using MiniExcelLibs;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>XLSX of a unit's scores for a period: sheets indikator, sasaran, perspektif and ringkasan (NKO, predikat).</summary>
internal sealed record EksporNilaiKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IPilihanUnitPeriode, IQuery<byte[]>;

internal sealed class EksporNilaiKinerjaQueryValidator : PilihanUnitPeriodeValidator<EksporNilaiKinerjaQuery>;

internal sealed class EksporNilaiKinerjaQueryHandler(IMediator mediator) : IRequestHandler<EksporNilaiKinerjaQuery, byte[]>
{
    public async Task<byte[]> Handle(EksporNilaiKinerjaQuery request, CancellationToken cancellationToken)
    {
        var n = await mediator.Send(new GetNilaiKinerjaQuery(request.Unit, request.UnitId, request.Tahun, request.Periode), cancellationToken);
        var sheets = new Dictionary<string, object>
        {
            ["indikator"] = n.Indikator.Select(i => new Dictionary<string, object?>
            {
                ["kode"] = i.Kode,
                ["nama"] = i.Nama,
                ["satuan"] = i.Satuan,
                ["kode_sasaran"] = i.KodeSasaran,
                ["arah"] = i.Arah == ArahIndikator.Turun ? "turun" : "naik",
                ["target_periode"] = i.TargetPeriode,
                ["target_tahunan"] = i.TargetTahunan,
                ["realisasi"] = i.Realisasi,
                ["capaian"] = i.Capaian,
                ["capaian_tahunan"] = i.CapaianTahunan,
                ["kriteria"] = i.Kriteria,
                ["proyeksi"] = i.Proyeksi,
            }).ToList(),
            ["sasaran"] = n.Sasaran.Select(s => new Dictionary<string, object?>
            {
                ["kode"] = s.Kode,
                ["nama"] = s.Nama,
                ["perspektif"] = s.Perspektif,
                ["nilai"] = s.Nilai,
                ["kriteria"] = s.Kriteria,
                ["dihitung"] = s.Dihitung ? "ya" : "tidak",
            }).ToList(),
            ["perspektif"] = n.Perspektif.Select(p => new Dictionary<string, object?> { ["nama"] = p.Nama, ["nilai"] = p.Nilai }).ToList(),
            ["ringkasan"] = new List<Dictionary<string, object?>>
            {
                new()
                {
                    ["unit"] = n.Unit, ["tahun"] = n.Tahun, ["periode"] = n.Periode, ["nilai_kinerja_organisasi"] = n.NilaiKinerjaOrganisasi, ["predikat"] = n.Predikat,
                },
            },
        };
        using var ms = new MemoryStream();
        var aman = sheets.ToDictionary(l => l.Key, l => (object)BerkasAman.Baris((IEnumerable<IDictionary<string, object?>>)l.Value));
        await ms.SaveAsAsync(aman, cancellationToken: cancellationToken);
        return ms.ToArray();
    }
}

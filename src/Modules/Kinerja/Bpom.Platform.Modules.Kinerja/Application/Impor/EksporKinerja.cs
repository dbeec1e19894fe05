using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Nilai;
using Bpom.Platform.Modules.Kinerja.Domain;
using MediatR;
using MiniExcelLibs;

namespace Bpom.Platform.Modules.Kinerja.Application.Impor;

/// <summary>XLSX of a unit's PK and realisation for a period, in the import's columns (re-importable after saving as CSV).</summary>
internal sealed record EksporKinerjaQuery(string? Unit, Guid? UnitId, int Tahun, string? Periode) : IPilihanUnitPeriode, IQuery<byte[]>;

internal sealed class EksporKinerjaQueryValidator : PilihanUnitPeriodeValidator<EksporKinerjaQuery>;

internal sealed class EksporKinerjaQueryHandler(PenghitungNilai penghitung) : IRequestHandler<EksporKinerjaQuery, byte[]>
{
    public async Task<byte[]> Handle(EksporKinerjaQuery request, CancellationToken cancellationToken)
    {
        var unit = await penghitung.UnitAsync(request.Unit, request.UnitId, cancellationToken);
        var pk = await penghitung.PkAsync(unit.Id, request.Tahun, cancellationToken);
        var periode = KodePeriode.Normalisasi(request.Periode)!;
        var laporan = await penghitung.LaporanTerkiniAsync(pk.Id, periode, cancellationToken);
        var rows = pk.Struktur.SelectMany(p => p.Sasaran.SelectMany(s => s.Indikator.Select(i => new Dictionary<string, object?>
        {
            ["unit"] = unit.Nama,
            ["tahun"] = pk.Tahun,
            ["periode"] = periode,
            ["perspektif"] = p.Nama,
            ["kode_sasaran"] = s.Kode,
            ["nama_sasaran"] = s.Nama,
            ["hitung_nko"] = s.HitungNko ? "ya" : "tidak",
            ["kode_indikator"] = i.Kode,
            ["nama_indikator"] = i.Nama,
            ["satuan"] = i.Satuan,
            ["arah"] = i.Arah == ArahIndikator.Turun ? "turun" : "naik",
            ["target_tahunan"] = FormatImpor.Angka(i.TargetTahunan),
            ["target_periode"] = FormatImpor.Angka(i.TargetUntuk(periode)),
            ["realisasi"] = FormatImpor.Angka(laporan?.Isi.FirstOrDefault(r => r.Kode == i.Kode)?.Nilai),
            [FormatImpor.KolomDirektif] = i.PenugasanDirektif ? "ya" : "tidak",
        }))).ToList();
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(BerkasAman.Baris(rows), sheetName: "kinerja", cancellationToken: cancellationToken);
        return ms.ToArray();
    }
}

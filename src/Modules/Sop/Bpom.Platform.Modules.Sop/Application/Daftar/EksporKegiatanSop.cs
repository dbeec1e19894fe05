using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

internal sealed class EksporKegiatanSopCommandValidator : AbstractValidator<EksporKegiatanSopCommand>
{
    public EksporKegiatanSopCommandValidator() => RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(100);
}

/// <summary>
/// Exports a module list as the user filtered it: the same scoped, filtered, ordered query, walked page by page (100
/// rows each, only the page in memory with its titles and unit names), at most <see cref="EksporKegiatanSopCommand.BatasBaris"/>
/// rows; text cells are neutralised against spreadsheet formulas.
/// </summary>
internal sealed class EksporKegiatanSopCommandHandler(IMediator mediator, SopDbContext db, IDirektoriOrganisasi direktori)
    : IRequestHandler<EksporKegiatanSopCommand, BerkasEkspor>
{
    private const int UkuranHalaman = 100;

    public async Task<BerkasEkspor> Handle(EksporKegiatanSopCommand request, CancellationToken cancellationToken)
    {
        var baris = new List<IDictionary<string, object?>>();
        var terpotong = false;
        for (var halaman = 1; ; halaman++)
        {
            var hasil = await mediator.Send(request.Kueri with { Halaman = halaman, Ukuran = UkuranHalaman }, cancellationToken);
            var ids = hasil.Item.Select(i => i.InstansId).ToList();
            var instans = await db.Instans.AsNoTracking().IgnoreAutoIncludes().Where(i => ids.Contains(i.Id))
                .Select(i => new { i.Id, i.Judul, i.UnitId, i.Tahun }).ToDictionaryAsync(i => i.Id, cancellationToken);
            var nama = await direktori.NamaUnitAsync(instans.Values.Select(i => i.UnitId).Distinct().ToList(), cancellationToken);
            foreach (var r in hasil.Item.Where(r => instans.ContainsKey(r.InstansId)))
            {
                if (baris.Count == EksporKegiatanSopCommand.BatasBaris)
                {
                    terpotong = true;
                    break;
                }

                var i = instans[r.InstansId];
                baris.Add(new Dictionary<string, object?>
                {
                    ["Judul"] = i.Judul,
                    ["Unit"] = nama.GetValueOrDefault(i.UnitId, "-"),
                    ["Tahun"] = i.Tahun,
                    ["Status kegiatan"] = EksporDaftar.Kata(r.Status.ToString()),
                    ["Langkah aktif"] = r.LangkahAktif is null ? null : $"{r.LangkahAktif} {r.NamaLangkahAktif}",
                    ["Status langkah"] = EksporDaftar.Kata(r.StatusLangkahAktif?.ToString()),
                    ["Jatuh tempo"] = r.JatuhTempo?.ToString("yyyy-MM-dd", null),
                    ["Sisa HK"] = r.HkTersisa,
                    ["SLA"] = EksporDaftar.Kata(r.Sla?.ToString()),
                    ["Terlambat"] = r.Terlambat ? "Ya" : "Tidak",
                });
            }

            if (terpotong || hasil.Item.Count < UkuranHalaman)
            {
                break;
            }
        }

        using var ms = new MemoryStream();
        await ms.SaveAsAsync(BerkasAman.Baris(baris), sheetName: "kegiatan", cancellationToken: cancellationToken);
        return new BerkasEkspor(ms.ToArray(), request.NamaBerkas, terpotong);
    }
}

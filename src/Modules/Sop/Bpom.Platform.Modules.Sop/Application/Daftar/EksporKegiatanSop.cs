using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

internal sealed class EksporKegiatanSopCommandValidator : AbstractValidator<EksporKegiatanSopCommand>
{
    public EksporKegiatanSopCommandValidator() => RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(100);
}

/// <summary>
/// Exports a module list as the user filtered it: the same scoped, filtered, ordered query walked by
/// <see cref="EksporDaftar"/> (100 rows a page, at most <see cref="EksporKegiatanSopCommand.BatasBaris"/>), each page's
/// titles and unit names read in one batch; text cells are neutralised against spreadsheet formulas.
/// </summary>
internal sealed class EksporKegiatanSopCommandHandler(IMediator mediator, SopDbContext db, IDirektoriOrganisasi direktori)
    : IRequestHandler<EksporKegiatanSopCommand, BerkasEkspor>
{
    public async Task<BerkasEkspor> Handle(EksporKegiatanSopCommand request, CancellationToken cancellationToken)
    {
        var berkas = await EksporDaftar.XlsxPerHalamanAsync(
            (halaman, ukuran) => mediator.Send(request.Kueri with { Halaman = halaman, Ukuran = ukuran }, cancellationToken),
            async halaman =>
            {
                var ids = halaman.Select(i => i.InstansId).ToList();
                var instans = await db.Instans.AsNoTracking().IgnoreAutoIncludes().Where(i => ids.Contains(i.Id))
                    .Select(i => new { i.Id, i.Judul, i.UnitId, i.Tahun }).ToDictionaryAsync(i => i.Id, cancellationToken);
                var nama = await direktori.NamaUnitAsync(instans.Values.Select(i => i.UnitId).Distinct().ToList(), cancellationToken);
                return halaman.Where(r => instans.ContainsKey(r.InstansId)).Select(r =>
                {
                    var i = instans[r.InstansId];
                    return (IDictionary<string, object?>)new Dictionary<string, object?>
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
                    };
                });
            },
            "kegiatan",
            cancellationToken);
        return new BerkasEkspor(berkas.Isi, request.NamaBerkas, berkas.Terpotong);
    }
}

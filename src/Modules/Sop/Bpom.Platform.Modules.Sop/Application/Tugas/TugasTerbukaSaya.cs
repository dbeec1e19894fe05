using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;

namespace Bpom.Platform.Modules.Sop.Application.Tugas;

internal sealed class TugasTerbukaSayaQueryValidator : AbstractValidator<TugasTerbukaSayaQuery>
{
    public TugasTerbukaSayaQueryValidator() => RuleFor(x => x.Batas).InclusiveBetween(1, 500);
}

/// <summary>Reads Tugas Saya page by page (its SQL, its scoping) up to the limit.</summary>
internal sealed class TugasTerbukaSayaQueryHandler(IMediator mediator, IEnumerable<DeskripsiSop> deskripsi) : IRequestHandler<TugasTerbukaSayaQuery, TugasTerbukaSaya>
{
    private const int Ukuran = 100;

    public async Task<TugasTerbukaSaya> Handle(TugasTerbukaSayaQuery request, CancellationToken cancellationToken)
    {
        var item = new List<TugasTerbuka>();
        var total = 0;
        var pasti = true;
        for (var halaman = 1; item.Count < request.Batas; halaman++)
        {
            var h = await mediator.Send(new TugasSayaQuery(halaman, Ukuran), cancellationToken);
            (total, pasti) = (h.Total, h.TotalPasti);
            item.AddRange(h.Item.Take(request.Batas - item.Count).Select(t => new TugasTerbuka(
                t.InstansId, t.KodeSop, t.Judul, t.NamaUnit, t.LangkahKode, t.NamaLangkah, t.Peran.ToString(), t.JatuhTempo, t.HkTersisa, t.Terlambat,
                t.RencanaSelesai, deskripsi.FirstOrDefault(d => d.Kode == t.KodeSop)?.TautanUntuk(t.ReferensiId) ?? "/tugas")));
            if (h.Item.Count < Ukuran)
            {
                break;
            }
        }

        return new TugasTerbukaSaya(item, Math.Max(total, item.Count), pasti);
    }
}

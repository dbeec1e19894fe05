using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

internal sealed class DaftarFaktaLangkahSopQueryValidator : AbstractValidator<DaftarFaktaLangkahSopQuery>
{
    public DaftarFaktaLangkahSopQueryValidator() => RuleFor(x => x.Batas).InclusiveBetween(1, 5000);
}

/// <summary>One batch of runs with a started step, in id order after <c>SetelahInstansId</c>, with their facts.</summary>
internal sealed class DaftarFaktaLangkahSopQueryHandler(SopDbContext db, IKalenderHariKerjaSource kalenderSource)
    : IRequestHandler<DaftarFaktaLangkahSopQuery, HalamanFaktaLangkahSop>
{
    public async Task<HalamanFaktaLangkahSop> Handle(DaftarFaktaLangkahSopQuery request, CancellationToken cancellationToken)
    {
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var q = db.Instans.AsNoTracking();
        if (request.SetelahInstansId is { } setelah)
        {
            q = q.Where(i => i.Id.CompareTo(setelah) > 0);
        }

        var instans = await q.OrderBy(i => i.Id).Take(request.Batas).ToListAsync(cancellationToken);
        return new HalamanFaktaLangkahSop(
            instans.SelectMany(i => FaktaLangkahSop.Dari(i, kalender)).ToList(), instans.Count == request.Batas ? instans[^1].Id : null);
    }
}

/// <summary>What the step notifications would have told about a run's started steps.</summary>
internal static class FaktaLangkahSop
{
    public static IEnumerable<FaktaLangkahSopDto> Dari(InstansSop i, KalenderHariKerja kalender)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(kalender);
        var asal = JalankanLangkahCommandHandler.Asal(i);
        var zona = ZonaWaktuUnit.Dari(i.ZonaWaktu);
        var selesai = i.Status == StatusInstans.Selesai && i.SelesaiPada is { } s ? s.InZone(zona).Date : (LocalDate?)null;
        foreach (var l in i.Langkah.Where(l => l.TanggalMulai is not null))
        {
            var sla = l.Status == StatusLangkah.Selesai && l.JatuhTempo is not null ? l.Sla(l.TanggalSelesai!.Value, kalender) : null;
            yield return new FaktaLangkahSopDto(
                asal, l.Kode, l.Status, l.TanggalMulai!.Value, l.JatuhTempo, l.Status == StatusLangkah.Selesai ? l.TanggalSelesai : null,
                sla is null ? null : sla.Status == StatusSla.SelesaiTepatWaktu, sla?.HkTerpakai, l.WaktuHk, i.Status, selesai);
        }
    }
}

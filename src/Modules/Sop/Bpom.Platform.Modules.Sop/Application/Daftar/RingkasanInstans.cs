using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

internal sealed class RingkasanInstansQueryValidator : AbstractValidator<RingkasanInstansQuery>
{
    public RingkasanInstansQueryValidator() => RuleFor(x => x.InstansIds).NotNull().Must(i => i.Count <= 500).WithMessage("Paling banyak 500 kegiatan sekali baca.");
}

internal sealed class RingkasanInstansQueryHandler(PeringkasInstans peringkas) : IRequestHandler<RingkasanInstansQuery, IReadOnlyDictionary<Guid, RingkasanInstansDto>>
{
    public async Task<IReadOnlyDictionary<Guid, RingkasanInstansDto>> Handle(RingkasanInstansQuery request, CancellationToken cancellationToken) =>
        (await peringkas.RingkasAsync(request.InstansIds, cancellationToken)).ToDictionary(r => r.InstansId);
}

/// <summary>Where given runs stand (current step, due date, HK left, SLA), read for those runs only and with their
/// current step alone: one query, never the whole step list.</summary>
internal sealed class PeringkasInstans(SopDbContext db, IKalenderHariKerjaSource kalenderSource, IClock clock)
{
    public async Task<IReadOnlyList<RingkasanInstansDto>> RingkasAsync(IReadOnlyCollection<Guid> instansIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instansIds);
        if (instansIds.Count == 0)
        {
            return [];
        }

        var ids = instansIds.Distinct().ToList();
        // A left join on the current step's key (its unique index), not a per-run subquery: EF translates
        // FirstOrDefault there into a window over the whole step table.
        var rows = await (
                from i in db.Instans.AsNoTracking().IgnoreAutoIncludes().Where(i => ids.Contains(i.Id))
                join l in db.Langkah.AsNoTracking() on new { InstansId = i.Id, Kode = i.AktifKode } equals new { l.InstansId, Kode = (string?)l.Kode } into aktif
                from l in aktif.DefaultIfEmpty()
                select new { i.Id, i.ReferensiId, i.Status, i.ZonaWaktu, Aktif = l })
            .ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        return rows.Select(r => Ringkas(r.Id, r.ReferensiId, r.Status, r.ZonaWaktu, r.Aktif, kalender, sekarang)).ToList();
    }

    /// <summary>Where one run stands, from its key fields and its current step.</summary>
    public static RingkasanInstansDto Ringkas(
        Guid id, Guid referensiId, StatusInstans status, string zonaWaktu, LangkahSop? aktif, KalenderHariKerja kalender, Instant sekarang)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        aktif = status == StatusInstans.Berjalan ? aktif : null;
        var sla = aktif?.Sla(InstansSop.HariIni(sekarang, zonaWaktu), kalender);
        return new RingkasanInstansDto(
            id, referensiId, status, aktif?.Kode, aktif?.Nama, aktif?.Status, sla?.JatuhTempo, sla?.HkTersisa, sla?.Status, sla?.Status == StatusSla.Terlambat);
    }
}

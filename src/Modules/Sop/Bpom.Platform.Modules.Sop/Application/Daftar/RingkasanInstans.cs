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

/// <summary>Where given runs stand (current step, due date, HK left, SLA), read for those runs only: the steps are
/// loaded for the page, never for a whole list.</summary>
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
        var rows = await db.Instans.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        return rows.Select(i => Ringkas(i, kalender, sekarang)).ToList();
    }

    private static RingkasanInstansDto Ringkas(InstansSop i, KalenderHariKerja kalender, Instant sekarang)
    {
        var aktif = i.LangkahAktif;
        var sla = aktif?.Sla(i.HariIni(sekarang), kalender);
        return new RingkasanInstansDto(
            i.Id, i.ReferensiId, i.Status, aktif?.Kode, aktif?.Nama, aktif?.Status, sla?.JatuhTempo, sla?.HkTersisa, sla?.Status,
            sla?.Status == StatusSla.Terlambat);
    }
}

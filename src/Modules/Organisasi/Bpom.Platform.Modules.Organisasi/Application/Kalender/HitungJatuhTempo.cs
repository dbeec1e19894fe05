using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

/// <summary>Result of "mulai + N HK".</summary>
/// <param name="Mulai">Start date (not counted).</param>
/// <param name="Hk">Number of working days.</param>
/// <param name="JatuhTempo">The N-th working day after <paramref name="Mulai"/>.</param>
/// <param name="UnitId">Unit whose time zone was used, when given.</param>
/// <param name="ZonaWaktu">IANA time zone of the deadline (the unit's, or Asia/Jakarta).</param>
/// <param name="BatasWaktu">The instant the due date ends in that zone (midnight after it): work done before
/// this instant is on time.</param>
/// <param name="BatasWaktuLokal">Same instant as local date-time with offset.</param>
/// <param name="CutiBersamaSebagaiHariKerja">Whether cuti bersama was counted as a working day.</param>
/// <param name="Peringatan">Warnings, e.g. a year in the range with no holiday data loaded.</param>
internal sealed record JatuhTempoResponse(
    LocalDate Mulai, int Hk, LocalDate JatuhTempo, Guid? UnitId, string ZonaWaktu, Instant BatasWaktu,
    OffsetDateTime BatasWaktuLokal, bool CutiBersamaSebagaiHariKerja, IReadOnlyList<string> Peringatan);

internal sealed record HitungJatuhTempoQuery(LocalDate? Mulai, int? Hk, Guid? UnitId) : IQuery<JatuhTempoResponse>;

internal sealed class HitungJatuhTempoQueryValidator : AbstractValidator<HitungJatuhTempoQuery>
{
    public HitungJatuhTempoQueryValidator(OrganisasiDbContext db)
    {
        RuleFor(x => x.Mulai).TanggalWajib("mulai");
        RuleFor(x => x.Hk).NotNull().WithMessage("hk wajib diisi.")
            .InclusiveBetween(1, KalenderRules.HkMaksimum).WithMessage($"hk harus antara 1 dan {KalenderRules.HkMaksimum}.");
        RuleFor(x => x.UnitId)
            .MustAsync(async (id, ct) => await db.UnitKerja.AnyAsync(u => u.Id == id, ct))
            .When(x => x.UnitId is not null)
            .WithMessage("Unit kerja tidak ditemukan.");
    }
}

internal sealed class HitungJatuhTempoQueryHandler(OrganisasiDbContext db, IKalenderHariKerjaSource source)
    : IRequestHandler<HitungJatuhTempoQuery, JatuhTempoResponse>
{
    public async Task<JatuhTempoResponse> Handle(HitungJatuhTempoQuery request, CancellationToken cancellationToken)
    {
        var mulai = request.Mulai!.Value;
        var hk = request.Hk!.Value;
        var zonaId = KalenderRules.ZonaDefault;
        if (request.UnitId is { } unitId)
        {
            zonaId = await db.UnitKerja.Where(u => u.Id == unitId).Select(u => u.ZonaWaktu).SingleAsync(cancellationToken);
        }

        var kalender = await source.GetAsync(cancellationToken);
        var jatuhTempo = kalender.TambahHariKerja(mulai, hk);
        var zona = DateTimeZoneProviders.Tzdb[zonaId];
        var batas = jatuhTempo.PlusDays(1).AtStartOfDayInZone(zona);
        return new JatuhTempoResponse(mulai, hk, jatuhTempo, request.UnitId, zonaId, batas.ToInstant(), batas.ToOffsetDateTime(),
            kalender.CutiBersamaSebagaiHariKerja, KalenderRules.Peringatan(kalender, mulai, jatuhTempo));
    }
}

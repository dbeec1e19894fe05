using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.SopEngine.Contracts;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>What the step notifications would have told about one started step: dates, HK used against its Mutu
/// Baku, and how its activity ended.</summary>
/// <param name="Asal">The activity.</param>
/// <param name="LangkahKode">Step code.</param>
/// <param name="Status">The step's state now.</param>
/// <param name="TanggalMulai">Start date (unit's local date).</param>
/// <param name="JatuhTempo">Due date (null without HK).</param>
/// <param name="TanggalSelesai">Approval date, when finished.</param>
/// <param name="TepatWaktu">Finished by the due date (null without HK or not finished).</param>
/// <param name="HkTerpakai">Working days used by a finished step (pauses left out).</param>
/// <param name="WaktuHk">The step's Mutu Baku in HK.</param>
/// <param name="StatusInstans">The activity's state.</param>
/// <param name="KegiatanSelesai">The day the activity completed (unit's local date).</param>
public sealed record FaktaLangkahSopDto(
    AsalKegiatan Asal, string LangkahKode, StatusLangkah Status, LocalDate TanggalMulai, LocalDate? JatuhTempo, LocalDate? TanggalSelesai, bool? TepatWaktu,
    int? HkTerpakai, int? WaktuHk, StatusInstans StatusInstans, LocalDate? KegiatanSelesai);

/// <summary>Every started step of every activity, for a module that keeps statistics from the step notifications and
/// starts after activities already ran (it fills its history once from this). Not exposed over HTTP.</summary>
public sealed record DaftarFaktaLangkahSopQuery : IQuery<IReadOnlyList<FaktaLangkahSopDto>>;

internal sealed class DaftarFaktaLangkahSopQueryValidator : AbstractValidator<DaftarFaktaLangkahSopQuery>;

internal sealed class DaftarFaktaLangkahSopQueryHandler(SopDbContext db, IKalenderHariKerjaSource kalenderSource)
    : IRequestHandler<DaftarFaktaLangkahSopQuery, IReadOnlyList<FaktaLangkahSopDto>>
{
    public async Task<IReadOnlyList<FaktaLangkahSopDto>> Handle(DaftarFaktaLangkahSopQuery request, CancellationToken cancellationToken)
    {
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var instans = await db.Instans.AsNoTracking().Where(i => db.Langkah.Any(l => l.InstansId == i.Id && l.TanggalMulai != null)).ToListAsync(cancellationToken);
        var hasil = new List<FaktaLangkahSopDto>();
        foreach (var i in instans)
        {
            var asal = JalankanLangkahCommandHandler.Asal(i);
            var zona = DateTimeZoneProviders.Tzdb.GetZoneOrNull(i.ZonaWaktu) ?? DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
            var selesai = i.Status == StatusInstans.Selesai && i.SelesaiPada is { } s ? s.InZone(zona).Date : (LocalDate?)null;
            foreach (var l in i.Langkah.Where(l => l.TanggalMulai is not null))
            {
                var sla = l.Status == StatusLangkah.Selesai && l.JatuhTempo is not null ? l.Sla(l.TanggalSelesai!.Value, kalender) : null;
                hasil.Add(new FaktaLangkahSopDto(
                    asal, l.Kode, l.Status, l.TanggalMulai!.Value, l.JatuhTempo, l.Status == StatusLangkah.Selesai ? l.TanggalSelesai : null,
                    sla is null ? null : sla.Status == StatusSla.SelesaiTepatWaktu, sla?.HkTerpakai, l.WaktuHk, i.Status, selesai));
            }
        }

        return hasil;
    }
}

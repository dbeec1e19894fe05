using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

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

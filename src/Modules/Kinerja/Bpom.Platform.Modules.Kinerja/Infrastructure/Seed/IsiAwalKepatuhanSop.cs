using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;

/// <summary>
/// Fills the SOP compliance history once, from the SOP engine, for activities that ran before Kinerja listened to
/// the step notifications: when Kinerja has no step facts yet, every started step is recorded as the notifications
/// would have (skipped steps and unfinished steps of cancelled activities left out). From then on the notifications
/// keep it current; later start-ups only check that facts exist.
/// </summary>
internal sealed class IsiAwalKepatuhanSop(KinerjaDbContext db, IMediator mediator, IClock clock) : IDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.LangkahSop.AnyAsync(cancellationToken) || await db.KegiatanSop.AnyAsync(cancellationToken))
        {
            return;
        }

        var sekarang = clock.GetCurrentInstant();
        var fakta = await mediator.Send(new DaftarFaktaLangkahSopQuery(), cancellationToken);
        foreach (var f in fakta.Where(f => f.Status != StatusLangkah.Dilewati && (f.TanggalSelesai is not null || f.StatusInstans != StatusInstans.Dibatalkan)))
        {
            var c = new CatatanLangkahSop(f.Asal.InstansId, f.LangkahKode, f.Asal.KodeSop, f.Asal.Modul, f.Asal.UnitId, f.Asal.Tahun);
            c.Dimulai(f.TanggalMulai, f.JatuhTempo, f.WaktuHk, sekarang);
            if (f.TanggalSelesai is { } selesai)
            {
                c.Selesai(selesai, f.JatuhTempo, f.TepatWaktu, f.HkTerpakai, f.WaktuHk, sekarang);
            }

            db.LangkahSop.Add(c);
        }

        foreach (var k in fakta.Where(f => f.KegiatanSelesai is not null).DistinctBy(f => f.Asal.InstansId))
        {
            db.KegiatanSop.Add(new CatatanKegiatanSop(k.Asal.InstansId, k.Asal.KodeSop, k.Asal.Modul, k.Asal.UnitId, k.Asal.Tahun, k.KegiatanSelesai!.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application.Persistence;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
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
/// would have (skipped steps and unfinished steps of cancelled activities left out). The engine is read 1,000 runs at a
/// time and each batch is written with COPY, so time and memory stay flat whatever the history. From then on the
/// notifications keep it current; later start-ups only check that facts exist.
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
        Guid? setelah = null;
        do
        {
            var halaman = await mediator.Send(new DaftarFaktaLangkahSopQuery(setelah), cancellationToken);
            await TulisAsync(db, halaman.Fakta, sekarang, cancellationToken);
            setelah = halaman.Berikutnya;
        }
        while (setelah is not null);
    }

    /// <summary>Writes the compliance records of <paramref name="fakta"/> (also used by the national dataset).</summary>
    public static async Task TulisAsync(KinerjaDbContext db, IReadOnlyList<FaktaLangkahSopDto> fakta, Instant sekarang, CancellationToken cancellationToken)
    {
        var langkah = new List<CatatanLangkahSop>();
        foreach (var f in fakta.Where(f => f.Status != StatusLangkah.Dilewati && (f.TanggalSelesai is not null || f.StatusInstans != StatusInstans.Dibatalkan)))
        {
            var c = new CatatanLangkahSop(f.Asal.InstansId, f.LangkahKode, f.Asal.KodeSop, f.Asal.Modul, f.Asal.UnitId, f.Asal.Tahun);
            c.Dimulai(f.TanggalMulai, f.JatuhTempo, f.WaktuHk, sekarang);
            if (f.TanggalSelesai is { } selesai)
            {
                c.Selesai(selesai, f.JatuhTempo, f.TepatWaktu, f.HkTerpakai, f.WaktuHk, sekarang);
            }

            langkah.Add(c);
        }

        var kegiatan = fakta.Where(f => f.KegiatanSelesai is not null).DistinctBy(f => f.Asal.InstansId)
            .Select(k => new CatatanKegiatanSop(k.Asal.InstansId, k.Asal.KodeSop, k.Asal.Modul, k.Asal.UnitId, k.Asal.Tahun, k.KegiatanSelesai!.Value))
            .ToList();
        await db.SalinAsync(langkah, cancellationToken);
        await db.SalinAsync(kegiatan, cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Nasional;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Seed;
using Bpom.Platform.Modules.Sop.Contracts;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Nasional;

/// <summary>
/// Kinerja of the national dataset: for every unit and year a PK (the example structure) and the monthly
/// realisation — ratified for past months, last month's a draft, the current month not yet entered; the unit's
/// performance drawn once per unit-year — and the SOP compliance records of this year's runs, from the step facts the
/// engine's part left (the same rows the step notifications produce).
/// </summary>
internal sealed class PengisiKinerjaNasional(KinerjaDbContext db) : IPengisiDataNasional
{
    public int Urutan => 50;

    public async Task IsiTahunAsync(DataNasional data, int tahun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pk = new List<PerjanjianKinerja>();
        var versi = new List<PerjanjianKinerjaVersi>();
        var laporan = new List<LaporanRealisasi>();
        var hariIni = data.HariIni;
        foreach (var unit in data.Unit)
        {
            var acak = data.Acak($"kinerja/{tahun}/{unit.Nomor}");
            var faktor = 0.7m + (decimal)(acak.NextDouble() * 0.5);
            var oleh = data.Staf(unit.Id)?.Username ?? "sistem";
            var dibuat = new LocalDate(tahun, 1, 15).AtStartOfDayInZone(ZonaWaktuUnit.Nasional).ToInstant();
            var p = new PerjanjianKinerja(unit.Id, tahun, dibuat, oleh);
            versi.Add(p.Revisi(PkContoh.Struktur(), dibuat, oleh, "Perjanjian kinerja awal tahun")!);
            pk.Add(p);
            var bulanAkhir = tahun < hariIni.Year ? 12 : hariIni.Month - 1;
            for (var bulan = 1; bulan <= bulanAkhir; bulan++)
            {
                var pada = new LocalDate(tahun, bulan, 1).PlusMonths(1).PlusDays(acak.Next(4)).AtStartOfDayInZone(ZonaWaktuUnit.Nasional).ToInstant();
                var r = new LaporanRealisasi(p, $"B{bulan:00}", 1, [], pada, oleh);
                r.Isikan(PkContoh.Realisasi(bulan, faktor), pada, oleh);
                if (tahun < hariIni.Year || bulan < bulanAkhir)
                {
                    r.Jalankan(AksiRealisasi.Ajukan, pada, oleh, null);
                    r.Jalankan(AksiRealisasi.Verifikasi, pada, "perencanaan", null);
                    r.Jalankan(AksiRealisasi.Sahkan, pada, "kepala.perencanaan", null);
                }

                laporan.Add(r);
            }
        }

        await db.SalinAsync(pk, cancellationToken);
        await db.SalinAsync(versi, cancellationToken);
        await db.SalinAsync(laporan, cancellationToken);
        await IsiAwalKepatuhanSop.TulisAsync(db, data.Tas<FaktaLangkahSopDto>(), data.Sekarang, cancellationToken);
    }
}

using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Kepatuhan;

/// <summary>Reads the step facts and fills SOP-backed indicators.</summary>
internal sealed class KepatuhanSop(KinerjaDbContext db)
{
    internal async Task<(List<CatatanLangkahSop> Langkah, List<CatatanKegiatanSop> Kegiatan)> BacaAsync(
        IReadOnlyList<Guid>? unit, string? kodeSop, LocalDate dari, LocalDate sampai, CancellationToken ct)
    {
        var langkah = db.LangkahSop.AsNoTracking()
            .Where(l => (l.TanggalSelesai >= dari && l.TanggalSelesai <= sampai) || (l.TanggalSelesai == null && l.JatuhTempo >= dari && l.JatuhTempo <= sampai));
        var kegiatan = db.KegiatanSop.AsNoTracking().Where(k => k.TanggalSelesai >= dari && k.TanggalSelesai <= sampai);
        if (unit is not null)
        {
            langkah = langkah.Where(l => unit.Contains(l.UnitId));
            kegiatan = kegiatan.Where(k => unit.Contains(k.UnitId));
        }

        if (!string.IsNullOrEmpty(kodeSop))
        {
            langkah = langkah.Where(l => l.KodeSop == kodeSop);
            kegiatan = kegiatan.Where(k => k.KodeSop == kodeSop);
        }

        return (await langkah.ToListAsync(ct), await kegiatan.ToListAsync(ct));
    }

    /// <summary>Realisation of the PK's SOP-backed indicators for the period, cumulative from 1 January.</summary>
    public async Task<IReadOnlyDictionary<string, decimal?>> RealisasiOtomatisAsync(PerjanjianKinerja pk, string periode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pk);
        var otomatis = pk.SemuaIndikator.Where(i => i.Sumber != SumberRealisasi.Manual).ToList();
        if (otomatis.Count == 0)
        {
            return new Dictionary<string, decimal?>();
        }

        var dari = new LocalDate(pk.Tahun, 1, 1);
        var sampai = new LocalDate(pk.Tahun, KodePeriode.BulanAkhir(periode), 1).PlusMonths(1).PlusDays(-1);
        var (langkah, kegiatan) = await BacaAsync([pk.UnitId], null, dari, sampai, ct);
        var selesai = langkah.Where(l => l.TanggalSelesai is not null).ToList();
        var hasil = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var i in otomatis)
        {
            var l = selesai.Where(x => i.KodeSop is null || x.KodeSop == i.KodeSop).ToList();
            hasil[i.Kode] = i.Sumber switch
            {
                SumberRealisasi.LangkahSopTepatWaktu => l.Count(x => x.TepatWaktu is not null) is var n and > 0
                    ? Penilaian.Bulatkan(l.Count(x => x.TepatWaktu == true) * 100m / n)
                    : null,
                SumberRealisasi.JumlahLangkahSopSelesai => l.Count,
                SumberRealisasi.JumlahKegiatanSopSelesai => kegiatan.Count(k => i.KodeSop is null || k.KodeSop == i.KodeSop),
                _ => null,
            };
        }

        return hasil;
    }
}

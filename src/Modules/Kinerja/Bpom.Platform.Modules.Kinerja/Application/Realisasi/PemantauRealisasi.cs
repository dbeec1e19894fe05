using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Kinerja.Application.Realisasi;

/// <summary>
/// Watches monthly entry (Hangfire, daily): reminds each unit with a PK that has not submitted the previous month's
/// realisation from <see cref="KinerjaOptions.PengingatHariSebelum"/> days before entry closes and on the last day,
/// and once it has closed tells the unit, its head and the planning unit that it is late. Each notice is claimed once.
/// </summary>
internal sealed class PemantauRealisasi(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori, IMediator mediator, IClock clock) : IJobBerulang
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public async Task<IReadOnlyList<UnitTerlambatDto>> TerlambatAsync(int tahun, string periode, bool batasiCakupan, CancellationToken ct)
    {
        var q = db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == tahun);
        if (batasiCakupan && await akses.CakupanBacaAsync(ct) is { } cakupan)
        {
            q = q.Where(p => cakupan.Contains(p.UnitId));
        }

        var pks = await q.Select(p => new { p.Id, p.UnitId }).ToListAsync(ct);
        var ids = pks.Select(p => p.Id).ToList();
        var versi = await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && l.Periode == periode).ToListAsync(ct);
        var nama = await direktori.NamaUnitAsync(pks.Select(p => p.UnitId).ToList(), ct);
        await akses.MuatUnitAsync(pks.Select(p => p.UnitId).ToList(), ct);
        var hasil = new List<UnitTerlambatDto>();
        foreach (var pk in pks)
        {
            var milik = versi.Where(v => v.PkId == pk.Id).ToList();
            var s = milik.MaxBy(v => v.Versi)?.Status;
            var (batas, ditutup) = await akses.PenutupanAsync(pk.UnitId, tahun, periode, ct);
            if (ditutup && !PernahDiajukan(milik))
            {
                hasil.Add(new UnitTerlambatDto(pk.UnitId, nama.GetValueOrDefault(pk.UnitId, "-"), periode, batas, s));
            }
        }

        return hasil.OrderBy(h => h.Unit, StringComparer.Ordinal).ToList();
    }

    /// <summary>A period counts as reported once any of its versions was submitted (a later correction draft does
    /// not make the unit late).</summary>
    private static bool PernahDiajukan(IEnumerable<LaporanRealisasi> versi) =>
        versi.Any(v => v.Riwayat.Any(r => r.Aksi == nameof(AksiRealisasi.Ajukan)));

    /// <summary>The daily run: returns how many users were notified.</summary>
    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<int> JalankanAsync(CancellationToken cancellationToken)
    {
        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        var bulanLalu = hariIni.PlusMonths(-1);
        var periode = $"B{bulanLalu.Month:00}";
        var batas = KodePeriode.BatasEntri(bulanLalu.Year, periode, akses.Opsi.HariPenutupanEntri);
        var label = $"realisasi kinerja {bulanLalu.ToString("MMMM yyyy", Id)}";
        var tanggal = batas.ToString("d MMMM yyyy", Id);
        var notifikasi = 0;
        var pks = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == bulanLalu.Year).Select(p => new { p.Id, p.UnitId }).ToListAsync(cancellationToken);
        var ids = pks.Select(p => p.Id).ToList();
        var terkirim = (await db.LaporanRealisasi.AsNoTracking().Where(l => ids.Contains(l.PkId) && l.Periode == periode).ToListAsync(cancellationToken))
            .GroupBy(l => l.PkId).Where(g => PernahDiajukan(g)).Select(g => g.Key).ToList();
        var terlambat = new List<Guid>();
        foreach (var pk in pks.Where(p => !terkirim.Contains(p.Id)))
        {
            (string Kunci, JenisNotifikasi Jenis, string Judul, string Pesan)? kirim =
                hariIni > batas ? ($"kinerja-entri:{pk.Id:N}:{periode}:terlambat", JenisNotifikasi.Eskalasi, $"Terlambat: {label}", $"Entri {label} ditutup {tanggal} dan belum diajukan.")
                : hariIni == batas ? ($"kinerja-entri:{pk.Id:N}:{periode}:h0", JenisNotifikasi.Pengingat, $"Hari terakhir: {label}", $"Entri {label} ditutup hari ini, {tanggal}.")
                : hariIni >= batas.PlusDays(-akses.Opsi.PengingatHariSebelum)
                    ? ($"kinerja-entri:{pk.Id:N}:{periode}:h{akses.Opsi.PengingatHariSebelum}", JenisNotifikasi.Pengingat, $"Pengingat: {label}", $"Entri {label} ditutup {tanggal}.")
                : null;
            if (kirim is not { } k)
            {
                continue;
            }

            var dikirim = await mediator.Send(
                new KirimNotifikasiUnitCommand(k.Kunci, [pk.UnitId], [Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit], k.Jenis, k.Judul, k.Pesan, "Kinerja", pk.Id,
                    TautanRealisasi.Parameter(pk.UnitId, bulanLalu.Year, periode)),
                cancellationToken);
            notifikasi += dikirim;
            if (k.Jenis == JenisNotifikasi.Eskalasi && dikirim > 0)
            {
                terlambat.Add(pk.UnitId);
            }
        }

        if (terlambat.Count > 0 && await akses.UnitPerencanaanAsync(cancellationToken) is { } perencanaan)
        {
            var nama = await direktori.NamaUnitAsync(terlambat, cancellationToken);
            notifikasi += await mediator.Send(
                new KirimNotifikasiUnitCommand(
                    $"kinerja-entri:terlambat:{periode}:{bulanLalu.Year}:{hariIni:yyyyMMdd}", [perencanaan], [Peran.UnitKerjaPusat, Peran.KepalaUnit], JenisNotifikasi.Eskalasi,
                    $"Unit terlambat: {label}", $"Belum mengajukan {label}: {string.Join(", ", terlambat.Select(u => nama.GetValueOrDefault(u, "-")).Order(StringComparer.Ordinal))}.",
                    "Kinerja", null),
                cancellationToken);
        }

        return notifikasi;
    }
}

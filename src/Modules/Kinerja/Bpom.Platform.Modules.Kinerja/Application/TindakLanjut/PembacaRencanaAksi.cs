using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.TindakLanjut;

internal sealed class PembacaRencanaAksi(KinerjaDbContext db, AksesKinerja akses)
{
    public async Task<List<RencanaAksi>> SaringAsync(int tahun, int? semester, Guid? unitId, CancellationToken ct)
    {
        var q = db.RencanaAksi.AsNoTracking().Where(r => r.Tahun == tahun);
        if (semester is { } s)
        {
            q = q.Where(r => r.Semester == s);
        }

        if (unitId is { } u)
        {
            await akses.PastikanBacaAsync(u, ct); // out of scope: 404, as everywhere
            q = q.Where(r => r.UnitId == u);
        }

        if (await akses.CakupanBacaAsync(ct) is { } cakupan)
        {
            q = q.Where(r => cakupan.Contains(r.UnitId));
        }

        return await q.ToListAsync(ct);
    }

    public async Task<RencanaAksiDto> DtoAsync(RencanaAksi r, CancellationToken ct)
    {
        var nama = (await akses.UnitAsync(r.UnitId, ct))?.Nama ?? "-";
        var terbuka = r.Status == StatusRencanaAksi.Open;
        var alasan = !terbuka ? null
            : string.IsNullOrWhiteSpace(r.Rencana) ? "Rencana aksi belum diisi."
            : r.SesuaiRekomendasi == false ? "Rencana aksi tidak sesuai rekomendasi."
            : r.Bukti.Count == 0 ? "Data dukung belum ada."
            : r.BuktiDisahkanPada is null ? "Data dukung belum disahkan kepala unit."
            : null;
        return new RencanaAksiDto(
            r.Id, r.UnitId, nama, r.Tahun, r.Semester, r.Sumber, r.NomorRekomendasi, r.Rekomendasi, r.Rencana, r.BatasWaktu, r.Catatan, r.SesuaiRekomendasi, r.Status,
            r.Bukti, r.BuktiDisahkanOleh, r.BuktiDisahkanPada, alasan, terbuka && await akses.BolehUbahAsync(r.UnitId, ct), await akses.BolehTinjauAsync(r.UnitId, ct),
            terbuka && akses.KepalaUnitDari(r.UnitId) && r.Bukti.Count > 0 && r.BuktiDisahkanPada is null)
        {
            Unsur = r.Unsur,
            KondisiSebelum = r.KondisiSebelum,
            KondisiSesudah = r.KondisiSesudah,
        };
    }
}

using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.SiklusTahunan;

/// <summary>The year's participants of an SOP, from its activities (one indexed query per kind).</summary>
internal sealed class UnitPesertaSopQueryHandler(SopDbContext db, DaftarSop sop) : IRequestHandler<UnitPesertaSopQuery, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(UnitPesertaSopQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = DataTahunan.Kegiatan(db, sop, request.KodeSop, request.Tahun);
        var pelaksana = await kegiatan.Select(i => i.UnitId).Distinct().ToListAsync(cancellationToken);
        if (!request.TermasukUnitTujuan)
        {
            return pelaksana;
        }

        var tujuan = await kegiatan.SelectMany(i => i.UnitTerlibat).Distinct().ToListAsync(cancellationToken);
        return pelaksana.Union(tujuan).ToList();
    }
}

/// <summary>A unit's (or many units') year of an SOP, counted in grouped queries.</summary>
internal sealed class RingkasanTahunanSopQueryHandler(SopDbContext db, DaftarSop sop, IClock clock)
    : IRequestHandler<RingkasanTahunanSopQuery, IReadOnlyList<RingkasanTahunanSopDto>>
{
    private static readonly StatusLangkah[] Terbuka = [StatusLangkah.Berjalan, StatusLangkah.Dikembalikan, StatusLangkah.Diajukan, StatusLangkah.Dijeda];

    public async Task<IReadOnlyList<RingkasanTahunanSopDto>> Handle(RingkasanTahunanSopQuery request, CancellationToken cancellationToken)
    {
        var unit = request.UnitIds.Distinct().ToList();
        if (unit.Count == 0)
        {
            return [];
        }

        var kegiatan = DataTahunan.Kegiatan(db, sop, request.KodeSop, request.Tahun).Where(i => unit.Contains(i.UnitId));
        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        var status = await kegiatan.GroupBy(i => new { i.UnitId, i.Status }).Select(g => new { g.Key.UnitId, g.Key.Status, Jumlah = g.Count() })
            .ToListAsync(cancellationToken);
        var langkah = await kegiatan.Join(db.Langkah.AsNoTracking(), i => i.Id, l => l.InstansId, (i, l) => new { i.UnitId, l })
            .Where(x => x.l.WaktuHk != null)
            .GroupBy(x => x.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Selesai = g.Count(x => x.l.Status == StatusLangkah.Selesai),
                TepatWaktu = g.Count(x => x.l.Status == StatusLangkah.Selesai && x.l.TanggalSelesai <= x.l.JatuhTempo),
                MasihTerlambat = g.Count(x => Terbuka.Contains(x.l.Status) && x.l.JatuhTempo < hariIni),
            })
            .ToListAsync(cancellationToken);
        var rekomendasi = await kegiatan.Join(db.Rekomendasi.AsNoTracking().IgnoreAutoIncludes(), i => i.Id, r => r.InstansId, (i, r) => new { i.UnitId, r.Id })
            .GroupBy(x => x.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Jumlah = g.Count(),
                Selesai = g.Count(x => db.TindakLanjut.Any(t => t.RekomendasiId == x.Id)
                    && !db.TindakLanjut.Any(t => t.RekomendasiId == x.Id && t.Status == StatusTindakLanjut.Open)),
            })
            .ToListAsync(cancellationToken);
        var tindakLanjut = await kegiatan.Join(db.Rekomendasi.AsNoTracking().IgnoreAutoIncludes(), i => i.Id, r => r.InstansId, (i, r) => new { i.UnitId, r.Id })
            .Join(db.TindakLanjut.AsNoTracking(), x => x.Id, t => t.RekomendasiId, (x, t) => new { x.UnitId, t.Status })
            .GroupBy(x => new { x.UnitId, x.Status }).Select(g => new { g.Key.UnitId, g.Key.Status, Jumlah = g.Count() })
            .ToListAsync(cancellationToken);
        var daftar = request.DenganKegiatan
            ? await kegiatan.OrderBy(i => i.TanggalAcuan).ThenBy(i => i.Id)
                .Select(i => new
                {
                    i.Id, i.UnitId, i.Modul, i.ReferensiId, i.Judul, i.TanggalAcuan, i.Status, i.AktifKode, i.SelesaiPada, i.ZonaWaktu,
                    Output = db.Langkah.Where(l => l.InstansId == i.Id && l.Status == StatusLangkah.Selesai).OrderByDescending(l => l.Nomor)
                        .Select(l => l.Output).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken)
            : [];
        var daftarRekomendasi = request.DenganKegiatan
            ? await kegiatan.Join(db.Rekomendasi.AsNoTracking().IgnoreAutoIncludes(), i => i.Id, r => r.InstansId, (i, r) => new { i.UnitId, i.Judul, r })
                .OrderBy(x => x.r.TargetTanggal).ThenBy(x => x.r.Id)
                .Select(x => new
                {
                    x.UnitId, x.Judul, x.r.Uraian, x.r.PenanggungJawab, x.r.TargetTanggal,
                    Jumlah = db.TindakLanjut.Count(t => t.RekomendasiId == x.r.Id),
                    Tutup = db.TindakLanjut.Count(t => t.RekomendasiId == x.r.Id && t.Status == StatusTindakLanjut.Close),
                })
                .Take(2000)
                .ToListAsync(cancellationToken)
            : [];

        return unit.Select(u =>
        {
            int Status(StatusInstans s) => status.Where(x => x.UnitId == u && x.Status == s).Sum(x => x.Jumlah);
            var l = langkah.SingleOrDefault(x => x.UnitId == u);
            var r = rekomendasi.SingleOrDefault(x => x.UnitId == u);
            return new RingkasanTahunanSopDto(
                u, status.Where(x => x.UnitId == u).Sum(x => x.Jumlah), Status(StatusInstans.Berjalan), Status(StatusInstans.Selesai), Status(StatusInstans.Dibatalkan),
                l?.Selesai ?? 0, l?.TepatWaktu ?? 0, (l?.Selesai ?? 0) - (l?.TepatWaktu ?? 0), l?.MasihTerlambat ?? 0, r?.Jumlah ?? 0, r?.Selesai ?? 0,
                tindakLanjut.Where(x => x.UnitId == u && x.Status == StatusTindakLanjut.Open).Sum(x => x.Jumlah),
                tindakLanjut.Where(x => x.UnitId == u && x.Status == StatusTindakLanjut.Close).Sum(x => x.Jumlah),
                daftar.Where(k => k.UnitId == u).Select(k => new KegiatanTahunanDto(
                    k.Id, k.Modul, k.ReferensiId, k.Judul, k.TanggalAcuan, k.Status, k.AktifKode, k.Output,
                    k.SelesaiPada is { } s ? InstansSop.HariIni(s, k.ZonaWaktu) : null)).ToList(),
                daftarRekomendasi.Where(x => x.UnitId == u)
                    .Select(x => new RekomendasiTahunanDto(x.Judul, x.Uraian, x.PenanggungJawab, x.TargetTanggal, x.Jumlah, x.Tutup, x.Jumlah > 0 && x.Jumlah == x.Tutup)).ToList());
        }).ToList();
    }
}

/// <summary>The steps of the given runs.</summary>
internal sealed class PosisiLangkahQueryHandler(SopDbContext db) : IRequestHandler<PosisiLangkahQuery, IReadOnlyList<PosisiLangkahDto>>
{
    public async Task<IReadOnlyList<PosisiLangkahDto>> Handle(PosisiLangkahQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        return await db.Langkah.AsNoTracking().Where(l => ids.Contains(l.InstansId)).OrderBy(l => l.InstansId).ThenBy(l => l.Nomor)
            .Select(l => new PosisiLangkahDto(l.InstansId, l.Kode, l.Status, l.TanggalMulai, l.JatuhTempo, l.TanggalDiajukan, l.TanggalSelesai, l.AlasanTerakhir))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Directive items of recap runs with their follow-up counts.</summary>
internal sealed class DaftarArahanQueryHandler(SopDbContext db, IClock clock) : IRequestHandler<DaftarArahanQuery, IReadOnlyList<ArahanDto>>
{
    public async Task<IReadOnlyList<ArahanDto>> Handle(DaftarArahanQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        var q = db.Rekomendasi.AsNoTracking().IgnoreAutoIncludes().Where(r => ids.Contains(r.InstansId));
        if (request.UnitTujuanId is { } unit)
        {
            q = q.Where(r => r.UnitTujuanId == unit);
        }

        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        var baris = await q.OrderBy(r => r.Nomor)
            .Select(r => new
            {
                r.Id, r.Nomor, r.Uraian, r.UnitTujuanId, r.PenanggungJawab, r.TargetTanggal,
                Jumlah = db.TindakLanjut.Count(t => t.RekomendasiId == r.Id),
                Selesai = db.TindakLanjut.Count(t => t.RekomendasiId == r.Id && t.Status == StatusTindakLanjut.Close),
            })
            .ToListAsync(cancellationToken);
        return baris.Select(r =>
        {
            var selesai = r.Jumlah > 0 && r.Jumlah == r.Selesai;
            return new ArahanDto(r.Id, r.Nomor, r.Uraian, r.UnitTujuanId, r.PenanggungJawab, r.TargetTanggal, selesai, !selesai && hariIni > r.TargetTanggal, r.Jumlah, r.Selesai);
        }).ToList();
    }
}

internal static class DataTahunan
{
    /// <summary>The year's activities of an SOP (its module's runs; the yearly cycle's own runs are not activities).</summary>
    public static IQueryable<InstansSop> Kegiatan(SopDbContext db, DaftarSop sop, string kodeSop, int tahun)
    {
        var modul = sop.Semua.Where(s => s.Kode == kodeSop).Select(s => s.Modul).ToList();
        return db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => modul.Contains(i.Modul) && i.Tahun == tahun && i.KodeSop == kodeSop && i.Modul != ModulSop.SiklusTahunan);
    }
}

internal sealed class UnitPesertaSopQueryValidator : AbstractValidator<UnitPesertaSopQuery>
{
    public UnitPesertaSopQueryValidator()
    {
        RuleFor(x => x.KodeSop).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100);
    }
}

internal sealed class RingkasanTahunanSopQueryValidator : AbstractValidator<RingkasanTahunanSopQuery>
{
    public RingkasanTahunanSopQueryValidator()
    {
        RuleFor(x => x.KodeSop).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100);
        RuleFor(x => x.UnitIds).NotNull().Must(u => u.Count <= 1000).WithMessage("Paling banyak 1000 unit.");
    }
}

internal sealed class PosisiLangkahQueryValidator : AbstractValidator<PosisiLangkahQuery>
{
    public PosisiLangkahQueryValidator() => RuleFor(x => x.InstansIds).NotNull().Must(u => u.Count <= 5000).WithMessage("Paling banyak 5000 kegiatan.");
}

internal sealed class DaftarArahanQueryValidator : AbstractValidator<DaftarArahanQuery>
{
    public DaftarArahanQueryValidator() => RuleFor(x => x.InstansIds).NotNull().Must(u => u.Count <= 1000).WithMessage("Paling banyak 1000 kegiatan.");
}

internal sealed class MulaiLangkahSistemCommandValidator : AbstractValidator<MulaiLangkahSistemCommand>
{
    public MulaiLangkahSistemCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Keterangan).NotEmpty().MaximumLength(500);
    }
}

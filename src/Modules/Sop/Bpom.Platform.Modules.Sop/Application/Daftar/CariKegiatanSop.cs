using System.Text.Json;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

internal sealed class CariKegiatanSopQueryValidator : AbstractValidator<CariKegiatanSopQuery>
{
    public CariKegiatanSopQueryValidator()
    {
        RuleFor(x => x.KodeSop).NotEmpty();
        RuleFor(x => x.Modul).NotEmpty();
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).OverridePropertyName("tahun").WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Cari).MaximumLength(100).OverridePropertyName("cari");
        RuleFor(x => x.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Urut).IsInEnum().OverridePropertyName("urut");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
    }
}

/// <summary>
/// An SOP module's list in one indexed query over the runs: scope as predicates (for a UPT, one branch per unit it
/// reads plus one for routed activities, so each branch walks its own index newest first), filters, order, one page;
/// the total counted up to a cap. Only the page's runs are then read with their steps.
/// </summary>
internal sealed class CariKegiatanSopQueryHandler(SopDbContext db, AksesSop akses, IKalenderHariKerjaSource kalenderSource, IClock clock)
    : IRequestHandler<CariKegiatanSopQuery, Halaman<RingkasanInstansDto>>
{
    public async Task<Halaman<RingkasanInstansDto>> Handle(CariKegiatanSopQuery request, CancellationToken cancellationToken)
    {
        var q = Saring(request, clock.GetCurrentInstant());
        var unit = (await akses.CakupanAsync(cancellationToken)).SaringanUntuk(request.KodeSop);
        var lewati = (request.Halaman - 1) * request.Ukuran;
        var batas = Halaman<RingkasanInstansDto>.BatasUntuk(request.Halaman, request.Ukuran);
        int terhitung;
        IQueryable<InstansSop> halaman;
        if (unit is null)
        {
            terhitung = await q.Select(i => i.Id).Take(batas).CountAsync(cancellationToken);
            halaman = Urutkan(q, request.Urut).Skip(lewati).Take(request.Ukuran);
        }
        else
        {
            // Performed by one of the units (a branch each), or routed to one of them and performed elsewhere; each
            // branch walks its own index (IX_instans_daftar_unit*).
            var cabang = unit.Select(u => q.Where(i => i.UnitId == u))
                .Append(q.Where(i => i.UnitTerlibat.Any(t => unit.Contains(t)) && !unit.Contains(i.UnitId)))
                .ToList();
            terhitung = await CabangBerurut.HitungAsync(cabang.Select(c => c.Select(i => i.Id)).ToList(), batas, cancellationToken);
            halaman = CabangBerurut.Halaman(cabang, c => Urutkan(c, request.Urut), lewati, request.Ukuran);
        }

        // The page and each run's current step in one query (the step by its unique key); EF repeats the page's
        // ORDER BY on the outer query, so the rows come back in order.
        var rows = await (
                from i in halaman
                join l in db.Langkah.AsNoTracking() on new { InstansId = i.Id, Kode = i.AktifKode } equals new { l.InstansId, Kode = (string?)l.Kode } into aktif
                from l in aktif.DefaultIfEmpty()
                select new { i.Id, i.ReferensiId, i.Status, i.ZonaWaktu, Aktif = l })
            .ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var item = rows.Select(r => PeringkasInstans.Ringkas(r.Id, r.ReferensiId, r.Status, r.ZonaWaktu, r.Aktif, kalender, sekarang)).ToList();
        return Halaman<RingkasanInstansDto>.DariHitungan(item, terhitung, batas, request.Halaman, request.Ukuran);
    }

    /// <summary>One order per choice, each ending on the id so pages never overlap; each is an index's order
    /// (IX_instans_daftar*), so a page walks the index and stops.</summary>
    private static IOrderedQueryable<InstansSop> Urutkan(IQueryable<InstansSop> q, UrutKegiatan? urut) => urut switch
    {
        UrutKegiatan.Terlama => q.OrderBy(i => i.TanggalAcuan).ThenBy(i => i.DibuatPada).ThenBy(i => i.Id),
        UrutKegiatan.Judul => q.OrderBy(i => i.Judul).ThenByDescending(i => i.TanggalAcuan).ThenByDescending(i => i.Id),
        // Ascending puts NULLs (finished, cancelled) last in PostgreSQL, as the index does.
        UrutKegiatan.JatuhTempo => q.OrderBy(i => i.AktifJatuhTempo).ThenByDescending(i => i.TanggalAcuan).ThenByDescending(i => i.Id),
        _ => q.OrderByDescending(i => i.TanggalAcuan).ThenByDescending(i => i.DibuatPada).ThenByDescending(i => i.Id),
    };

    private IQueryable<InstansSop> Saring(CariKegiatanSopQuery r, Instant sekarang)
    {
        var q = db.Instans.AsNoTracking().IgnoreAutoIncludes().Where(i => i.Modul == r.Modul);
        if (r.UnitId is { } unitId)
        {
            q = q.Where(i => i.UnitId == unitId);
        }

        if (r.UnitIds is { } unitIds)
        {
            var daftar = unitIds.ToList();
            q = q.Where(i => daftar.Contains(i.UnitId));
        }

        if (r.Tahun is { } tahun)
        {
            q = q.Where(i => i.Tahun == tahun);
        }

        if (r.Status is { } status)
        {
            q = q.Where(i => i.Status == status);
        }

        if (r.Terlambat is { } terlambat)
        {
            q = terlambat
                ? q.Where(i => i.TerlambatSejak != null && i.TerlambatSejak <= sekarang)
                : q.Where(i => i.TerlambatSejak == null || i.TerlambatSejak > sekarang);
        }

        if (!string.IsNullOrWhiteSpace(r.Cari))
        {
            var pola = $"%{Pola(r.Cari.Trim().ToLowerInvariant())}%";
            q = q.Where(i => EF.Functions.Like(i.TeksCari, pola, "\\"));
        }

        if (r.Atribut is { Count: > 0 } atribut)
        {
            var json = JsonSerializer.Serialize(atribut);
            q = q.Where(i => EF.Functions.JsonContains(i.Atribut, json));
        }

        return q;
    }

    /// <summary>The search text as a LIKE pattern that matches it literally.</summary>
    private static string Pola(string teks) => teks.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

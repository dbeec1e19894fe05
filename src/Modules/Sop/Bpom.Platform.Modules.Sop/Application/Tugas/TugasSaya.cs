using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Sop.Application.Daftar;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Tugas;

/// <summary>What the user is asked to do on a step: perform it, or approve/return its output.</summary>
internal enum PeranTugas
{
    Pelaksana = 1,
    Penyetuju = 2,

    /// <summary>The user's unit carries out part of the step (routed) and has not reported yet.</summary>
    TindakLanjut = 3,

    /// <summary>An output addressed to the user's unit was approved and awaits acknowledgement.</summary>
    Penerima = 4,
}

/// <summary>An active step the current user has to act on.</summary>
internal sealed record TugasDto(
    Guid InstansId, string Modul, Guid ReferensiId, string KodeSop, string Judul, Guid UnitId, string NamaUnit, string LangkahKode,
    string NamaLangkah, StatusLangkah Status, PeranTugas Peran, LocalDate? JatuhTempo, int? HkTersisa, StatusSla Sla, bool Terlambat,
    LocalDate? RencanaSelesai);

/// <summary>"Tugas saya", one page: the current step of every running activity, across all SOPs, that the user
/// performs (performer role in the performing unit; PPSDM and Pimpinan in any unit) or approves (KepalaUnit of the
/// unit, once submitted); steps routed to the user's unit, to carry out (TindakLanjut) while the step runs or an
/// approved output to acknowledge (Penerima). Sorted by due date (planned date for steps without an HK deadline),
/// overdue first, undated last.</summary>
/// <param name="Halaman">Page (from 1; default 1).</param>
/// <param name="Ukuran">Page size (1–100; default 50).</param>
internal sealed record TugasSayaQuery(int? Halaman = null, int? Ukuran = null) : IQuery<Halaman<TugasDto>>;

internal sealed class TugasSayaQueryValidator : AbstractValidator<TugasSayaQuery>
{
    public TugasSayaQueryValidator()
    {
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
    }
}

/// <summary>
/// The inbox in SQL: one branch per way a step reaches the user (each walking its own index: the unit's running
/// activities by due date, cross-unit performer roles, open routings of the unit), united, ordered and paged in the
/// database with a capped count; only the page's activities are then read with their steps for the SLA.
/// </summary>
internal sealed class TugasSayaQueryHandler(SopDbContext db, ICurrentUser user, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, IClock clock)
    : IRequestHandler<TugasSayaQuery, Halaman<TugasDto>>
{
    private static readonly string[] PeranLintasUnit = [Peran.Ppsdm, Peran.Pimpinan];

    public async Task<Halaman<TugasDto>> Handle(TugasSayaQuery request, CancellationToken cancellationToken)
    {
        var halaman = request.Halaman ?? 1;
        var ukuran = request.Ukuran ?? 50;
        var cabang = Cabang();
        if (cabang.Count == 0)
        {
            return new Halaman<TugasDto>([], 0, halaman, ukuran);
        }

        var lewati = (halaman - 1) * ukuran;
        var batas = Halaman<TugasDto>.BatasUntuk(halaman, ukuran);
        // Each branch walks its own index (IX_instans_tugas: the unit's running activities by due date, title, id);
        // ascending puts undated steps (NULL) last in PostgreSQL, as the index does. Outputs to acknowledge (undated,
        // few) stay whole: PostgreSQL would type their NULL date as text inside a cut subquery.
        var bertanggal = cabang.Where(c => c.Tanggal).Select(c => c.Q).ToList();
        var utuh = cabang.Where(c => !c.Tanggal).Select(c => c.Q).ToArray();
        var terhitung = await CabangBerurut.HitungAsync(bertanggal, batas, cancellationToken, utuh);
        var halamanKunci = CabangBerurut.Halaman(bertanggal, Urutkan, lewati, ukuran, utuh);
        // The page and its steps in one round trip: the page is ordered and cut in a subquery, then joined to the step
        // rows by their unique key; the rows are put back in order here.
        var baris = await (
                from k in halamanKunci
                join l in db.Langkah.AsNoTracking() on new { k.InstansId, Kode = k.LangkahKode } equals new { l.InstansId, l.Kode }
                select new BarisTugas { Kunci = k, Langkah = l })
            .ToListAsync(cancellationToken);
        var urut = baris.OrderBy(b => b.Kunci.Urut == null).ThenBy(b => b.Kunci.Urut).ThenBy(b => b.Kunci.Judul, StringComparer.Ordinal)
            .ThenBy(b => b.Kunci.InstansId).ThenBy(b => b.Kunci.LangkahKode, StringComparer.Ordinal).ToList();
        var item = await SusunAsync(urut, cancellationToken);
        return Halaman<TugasDto>.DariHitungan(item, terhitung, batas, halaman, ukuran);
    }

    /// <summary>The inbox's order, as the database sorts it (due date, undated last; title; id; step).</summary>
    private static IQueryable<KunciTugas> Urutkan(IQueryable<KunciTugas> q) =>
        q.OrderBy(t => t.Urut).ThenBy(t => t.Judul).ThenBy(t => t.InstansId).ThenBy(t => t.LangkahKode);

    /// <summary>Every way a step reaches the user, one query each (none when none can); <c>Tanggal</c>: the branch
    /// carries the step's due date.</summary>
    private List<(IQueryable<KunciTugas> Q, bool Tanggal)> Cabang()
    {
        var unitId = user.UnitId;
        var lintas = PeranLintasUnit.Where(user.IsInRole).ToList();
        var diUnit = user.Roles.Except(PeranLintasUnit).ToList();
        var dikerjakan = new[] { StatusLangkah.Menunggu, StatusLangkah.Berjalan, StatusLangkah.Dijeda, StatusLangkah.Dikembalikan };
        var berjalan = db.Instans.AsNoTracking().IgnoreAutoIncludes().Where(i => i.Status == StatusInstans.Berjalan);
        var cabang = new List<(IQueryable<KunciTugas> Q, bool Tanggal)>();
        if (diUnit.Count > 0)
        {
            cabang.Add((berjalan
                .Where(i => i.UnitId == unitId && dikerjakan.Contains(i.AktifStatus!.Value) && i.AktifPelaksana.Any(p => diUnit.Contains(p)))
                .Select(Kunci(PeranTugas.Pelaksana)), true));
        }

        if (lintas.Count > 0)
        {
            cabang.Add((berjalan
                .Where(i => dikerjakan.Contains(i.AktifStatus!.Value) && i.AktifPelaksana.Any(p => lintas.Contains(p))
                    && !(i.UnitId == unitId && i.AktifPelaksana.Any(p => diUnit.Contains(p))))
                .Select(Kunci(PeranTugas.Pelaksana)), true));
        }

        if (user.IsInRole(Peran.KepalaUnit))
        {
            cabang.Add((berjalan
                .Where(i => i.UnitId == unitId && i.PenyetujuUnitId == null && i.AktifStatus == StatusLangkah.Diajukan
                    && !i.AktifPelaksana.Contains(Peran.Pimpinan))
                .Select(Kunci(PeranTugas.Penyetuju)), true));
            // Outputs another unit submits to this one (a Loka's annual report to its koordinator Balai).
            cabang.Add((berjalan
                .Where(i => i.PenyetujuUnitId == unitId && i.AktifStatus == StatusLangkah.Diajukan)
                .Select(Kunci(PeranTugas.Penyetuju)), true));
        }

        if (user.IsInRole(Peran.Pimpinan))
        {
            cabang.Add((berjalan
                .Where(i => i.AktifStatus == StatusLangkah.Diajukan && i.AktifPelaksana.Contains(Peran.Pimpinan))
                .Select(Kunci(PeranTugas.Penyetuju)), true));
        }

        var kepala = user.IsInRole(Peran.KepalaUnit);
        var rute = db.Penugasan.AsNoTracking().Where(p => p.UnitId == unitId && p.SelesaiPada == null);
        var peran = user.Roles.ToList();
        cabang.Add((rute.Where(p => p.Jenis == JenisPenugasan.Pelaksana)
            .Join(berjalan, p => p.InstansId, i => i.Id, (p, i) => new { p, i })
            .Where(x => x.i.AktifKode == x.p.LangkahKode
                && (x.i.AktifStatus == StatusLangkah.Berjalan || x.i.AktifStatus == StatusLangkah.Dijeda || x.i.AktifStatus == StatusLangkah.Dikembalikan)
                && (kepala || x.i.AktifPelaksana.Any(r => peran.Contains(r))))
            .Select(x => new KunciTugas { InstansId = x.i.Id, LangkahKode = x.p.LangkahKode, Peran = PeranTugas.TindakLanjut, Urut = x.i.AktifJatuhTempo, Judul = x.i.Judul, Modul = x.i.Modul, ReferensiId = x.i.ReferensiId, KodeSop = x.i.KodeSop, UnitId = x.i.UnitId, ZonaWaktu = x.i.ZonaWaktu }), true));
        if (kepala || user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt))
        {
            cabang.Add((rute.Where(p => p.Jenis == JenisPenugasan.Penerima)
                .Join(db.Langkah.AsNoTracking(), p => new { p.InstansId, Kode = p.LangkahKode }, l => new { l.InstansId, l.Kode }, (p, l) => new { p, l })
                .Where(x => x.l.Status == StatusLangkah.Selesai)
                .Join(db.Instans.AsNoTracking().IgnoreAutoIncludes(), x => x.p.InstansId, i => i.Id, (x, i) => new { x.p, i })
                .Select(x => new KunciTugas { InstansId = x.i.Id, LangkahKode = x.p.LangkahKode, Peran = PeranTugas.Penerima, Urut = null, Judul = x.i.Judul, Modul = x.i.Modul, ReferensiId = x.i.ReferensiId, KodeSop = x.i.KodeSop, UnitId = x.i.UnitId, ZonaWaktu = x.i.ZonaWaktu }), false));
        }

        return cabang;
    }

    /// <summary>A running activity's current step as it reaches the user in <paramref name="peran"/> (SQL projection).</summary>
    private static System.Linq.Expressions.Expression<Func<InstansSop, KunciTugas>> Kunci(PeranTugas peran) => i => new KunciTugas
    {
        InstansId = i.Id, LangkahKode = i.AktifKode!, Peran = peran, Urut = i.AktifJatuhTempo, Judul = i.Judul, Modul = i.Modul, ReferensiId = i.ReferensiId,
        KodeSop = i.KodeSop, UnitId = i.UnitId, ZonaWaktu = i.ZonaWaktu,
    };

    /// <summary>The page's rows with their SLA, from the run's fields and the step read with the page.</summary>
    private async Task<IReadOnlyList<TugasDto>> SusunAsync(IReadOnlyList<BarisTugas> baris, CancellationToken cancellationToken)
    {
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var namaUnit = await direktori.NamaUnitAsync(baris.Select(b => b.Kunci.UnitId).Distinct().ToList(), cancellationToken);
        var hasil = new List<TugasDto>(baris.Count);
        foreach (var (k, l) in baris.Select(b => (b.Kunci, b.Langkah)))
        {
            var nama = namaUnit.GetValueOrDefault(k.UnitId, "-");
            if (k.Peran == PeranTugas.Penerima)
            {
                hasil.Add(new TugasDto(
                    k.InstansId, k.Modul, k.ReferensiId, k.KodeSop, k.Judul, k.UnitId, nama, l.Kode, $"Terima: {l.Output}", l.Status, k.Peran, null, null,
                    StatusSla.TanpaSla, false, l.RencanaSelesai));
                continue;
            }

            var sla = l.Sla(InstansSop.HariIni(sekarang, k.ZonaWaktu), kalender);
            hasil.Add(new TugasDto(
                k.InstansId, k.Modul, k.ReferensiId, k.KodeSop, k.Judul, k.UnitId, nama, l.Kode, l.Nama, l.Status, k.Peran, sla.JatuhTempo, sla.HkTersisa,
                sla.Status, sla.Status == StatusSla.Terlambat, l.RencanaSelesai));
        }

        return hasil;
    }

    /// <summary>A page row: the key as sorted and the step it names.</summary>
    private sealed class BarisTugas
    {
        public KunciTugas Kunci { get; init; } = null!;

        public LangkahSop Langkah { get; init; } = null!;
    }

    /// <summary>One step reaching the user, as the database sorts it.</summary>
    private sealed class KunciTugas
    {
        public Guid InstansId { get; init; }

        public string LangkahKode { get; init; } = string.Empty;

        public PeranTugas Peran { get; init; }

        public LocalDate? Urut { get; init; }

        public string Judul { get; init; } = string.Empty;

        public string Modul { get; init; } = string.Empty;

        public Guid ReferensiId { get; init; }

        public string KodeSop { get; init; } = string.Empty;

        public Guid UnitId { get; init; }

        public string ZonaWaktu { get; init; } = string.Empty;
    }
}

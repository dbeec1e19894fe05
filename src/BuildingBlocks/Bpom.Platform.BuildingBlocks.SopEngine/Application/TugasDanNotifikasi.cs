using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>What the user is asked to do on a step: perform it, or approve/return its output.</summary>
public enum PeranTugas
{
    Pelaksana = 1,
    Penyetuju = 2,

    /// <summary>The user's unit carries out part of the step (routed) and has not reported yet.</summary>
    TindakLanjut = 3,

    /// <summary>An output addressed to the user's unit was approved and awaits acknowledgement.</summary>
    Penerima = 4,
}

/// <summary>An active step the current user has to act on.</summary>
public sealed record TugasDto(
    Guid InstansId, string Modul, Guid ReferensiId, string KodeSop, string Judul, Guid UnitId, string NamaUnit, string LangkahKode,
    string NamaLangkah, StatusLangkah Status, PeranTugas Peran, LocalDate? JatuhTempo, int? HkTersisa, StatusSla Sla, bool Terlambat,
    LocalDate? RencanaSelesai);

/// <summary>"Tugas saya": the current step of every running activity, across all SOPs, that the user performs
/// (performer role in the performing unit) or approves (KepalaUnit of the unit, when submitted); sorted by due date,
/// overdue first, steps without a deadline last. Steps routed to the user's unit are included: a part to carry out
/// (TindakLanjut) while the step runs, an approved output to acknowledge (Penerima).</summary>
public sealed record TugasSayaQuery : IQuery<IReadOnlyList<TugasDto>>;

internal sealed class TugasSayaQueryHandler(SopDbContext db, ICurrentUser user, AksesSop akses, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, IClock clock)
    : IRequestHandler<TugasSayaQuery, IReadOnlyList<TugasDto>>
{
    public async Task<IReadOnlyList<TugasDto>> Handle(TugasSayaQuery request, CancellationToken cancellationToken)
    {
        var lintasUnit = new[] { Peran.Ppsdm, Peran.Pimpinan }.Where(user.IsInRole).ToList();
        var unitId = user.UnitId;
        var terbuka = new[] { StatusLangkah.Menunggu, StatusLangkah.Berjalan, StatusLangkah.Dijeda, StatusLangkah.Diajukan, StatusLangkah.Dikembalikan };
        var instansIds = await db.Langkah.AsNoTracking()
            .Where(l => terbuka.Contains(l.Status))
            .Join(db.Instans.Where(i => i.Status == StatusInstans.Berjalan), l => l.InstansId, i => i.Id, (l, i) => new { l, i })
            .Where(x => x.i.UnitId == unitId || x.l.Pelaksana.Any(p => lintasUnit.Contains(p)))
            .Select(x => x.i.Id).Distinct().ToListAsync(cancellationToken);
        var rute = await db.Penugasan.AsNoTracking().Where(p => p.UnitId == unitId && p.SelesaiPada == null).ToListAsync(cancellationToken);
        instansIds.AddRange(rute.Select(r => r.InstansId));
        instansIds = instansIds.Distinct().ToList();
        var daftar = await db.Instans.AsNoTracking().Where(i => instansIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var namaUnit = await direktori.NamaUnitAsync(daftar.Select(i => i.UnitId).ToList(), cancellationToken);
        var hasil = new List<TugasDto>();
        foreach (var i in daftar)
        {
            foreach (var r in rute.Where(r => r.InstansId == i.Id))
            {
                var lr = i.CariLangkah(r.LangkahKode);
                var berlaku = r.Jenis == JenisPenugasan.Penerima
                    ? lr.Status == StatusLangkah.Selesai
                    : i.LangkahAktif?.Id == lr.Id && lr.Status is StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Dikembalikan;
                if (berlaku && akses.BolehMenyelesaikanPenugasan(lr, r))
                {
                    var slaRute = lr.Sla(i.HariIni(sekarang), kalender);
                    hasil.Add(new TugasDto(
                        i.Id, i.Modul, i.ReferensiId, i.KodeSop, i.Judul, i.UnitId, namaUnit.GetValueOrDefault(i.UnitId, "-"), lr.Kode,
                        r.Jenis == JenisPenugasan.Penerima ? $"Terima: {lr.Output}" : lr.Nama, lr.Status,
                        r.Jenis == JenisPenugasan.Penerima ? PeranTugas.Penerima : PeranTugas.TindakLanjut,
                        r.Jenis == JenisPenugasan.Penerima ? null : slaRute.JatuhTempo, r.Jenis == JenisPenugasan.Penerima ? null : slaRute.HkTersisa,
                        r.Jenis == JenisPenugasan.Penerima ? StatusSla.TanpaSla : slaRute.Status,
                        r.Jenis != JenisPenugasan.Penerima && slaRute.Status == StatusSla.Terlambat, lr.RencanaSelesai));
                }
            }

            if (i.Status != StatusInstans.Berjalan || i.LangkahAktif is not { } l)
            {
                continue;
            }

            PeranTugas? peran = l.Status == StatusLangkah.Diajukan
                ? (akses.BolehMenyetujui(i) ? PeranTugas.Penyetuju : null)
                : (akses.BolehMelaksanakan(i, l) ? PeranTugas.Pelaksana : null);
            if (peran is null)
            {
                continue;
            }

            var sla = l.Sla(i.HariIni(sekarang), kalender);
            hasil.Add(new TugasDto(
                i.Id, i.Modul, i.ReferensiId, i.KodeSop, i.Judul, i.UnitId, namaUnit.GetValueOrDefault(i.UnitId, "-"), l.Kode, l.Nama, l.Status, peran.Value, sla.JatuhTempo,
                sla.HkTersisa, sla.Status, sla.Status == StatusSla.Terlambat, l.RencanaSelesai));
        }

        return hasil
            .OrderBy(t => (t.JatuhTempo ?? t.RencanaSelesai) is null)
            .ThenBy(t => t.JatuhTempo ?? t.RencanaSelesai)
            .ThenBy(t => t.Judul, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>An in-app notification.</summary>
public sealed record NotifikasiDto(
    Guid Id, JenisNotifikasi Jenis, string Judul, string Pesan, Guid? InstansId, string? Modul, Guid? ReferensiId, string? LangkahKode,
    Instant DibuatPada, Instant? DibacaPada);

/// <summary>The user's notifications, newest first, and how many are unread.</summary>
public sealed record DaftarNotifikasiDto(int BelumDibaca, IReadOnlyList<NotifikasiDto> Item);

/// <summary>Lists the current user's notifications (at most <paramref name="Batas"/>, default 50).</summary>
public sealed record DaftarNotifikasiQuery(bool HanyaBelumDibaca, int? Batas) : IQuery<DaftarNotifikasiDto>;

internal sealed class DaftarNotifikasiQueryValidator : AbstractValidator<DaftarNotifikasiQuery>
{
    public DaftarNotifikasiQueryValidator() => RuleFor(x => x.Batas).InclusiveBetween(1, 200).WithMessage("batas harus antara 1 dan 200.");
}

internal sealed class DaftarNotifikasiQueryHandler(SopDbContext db, ICurrentUser user) : IRequestHandler<DaftarNotifikasiQuery, DaftarNotifikasiDto>
{
    public async Task<DaftarNotifikasiDto> Handle(DaftarNotifikasiQuery request, CancellationToken cancellationToken)
    {
        var milik = db.Notifikasi.AsNoTracking().Where(n => n.PenggunaId == user.UserId);
        var belum = await milik.CountAsync(n => n.DibacaPada == null, cancellationToken);
        var q = request.HanyaBelumDibaca ? milik.Where(n => n.DibacaPada == null) : milik;
        var rows = await q.OrderByDescending(n => n.DibuatPada).ThenByDescending(n => n.Id).Take(request.Batas ?? 50).ToListAsync(cancellationToken);
        return new DaftarNotifikasiDto(belum, rows.Select(n => new NotifikasiDto(
            n.Id, n.Jenis, n.Judul, n.Pesan, n.InstansId, n.Modul, n.ReferensiId, n.LangkahKode, n.DibuatPada, n.DibacaPada)).ToList());
    }
}

/// <summary>Marks one of the user's notifications read, or all of them when <paramref name="Id"/> is null.</summary>
public sealed record TandaiNotifikasiDibacaCommand(Guid? Id) : ICommand<Unit>;

internal sealed class TandaiNotifikasiDibacaCommandValidator : AbstractValidator<TandaiNotifikasiDibacaCommand>
{
    public TandaiNotifikasiDibacaCommandValidator() => RuleFor(x => x.Id).NotEqual(Guid.Empty);
}

internal sealed class TandaiNotifikasiDibacaCommandHandler(SopDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<TandaiNotifikasiDibacaCommand, Unit>
{
    public async Task<Unit> Handle(TandaiNotifikasiDibacaCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        if (request.Id is { } id)
        {
            var n = await db.Notifikasi.SingleOrDefaultAsync(n => n.Id == id && n.PenggunaId == user.UserId, cancellationToken)
                ?? throw new NotFoundException("Notifikasi tidak ditemukan.");
            n.TandaiDibaca(sekarang);
        }
        else
        {
            await db.Notifikasi.Where(n => n.PenggunaId == user.UserId && n.DibacaPada == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.DibacaPada, sekarang), cancellationToken);
        }

        return Unit.Value;
    }
}

/// <summary>Sends an in-app notification to the active users of the units holding any of the roles — once per
/// <paramref name="KunciKlaim"/> (claimed in the same transaction, so retried or overlapping jobs notify once).
/// For module jobs (e.g. the quarterly monev of SOP D). Returns how many users were notified (0 when already claimed).</summary>
public sealed record KirimNotifikasiUnitCommand(
    string KunciKlaim, IReadOnlyList<Guid> UnitIds, IReadOnlyList<string> Peran, JenisNotifikasi Jenis, string Judul, string Pesan, string? Modul,
    Guid? ReferensiId) : ICommand<int>;

internal sealed class KirimNotifikasiUnitCommandValidator : AbstractValidator<KirimNotifikasiUnitCommand>
{
    public KirimNotifikasiUnitCommandValidator()
    {
        RuleFor(x => x.KunciKlaim).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitIds).NotEmpty();
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Pesan).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class KirimNotifikasiUnitCommandHandler(SopDbContext db, IDirektoriOrganisasi direktori, IClock clock) : IRequestHandler<KirimNotifikasiUnitCommand, int>
{
    public async Task<int> Handle(KirimNotifikasiUnitCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var diklaim = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO sop.klaim_notifikasi (\"Kunci\", \"DiklaimPada\") VALUES ({request.KunciKlaim}, {sekarang}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (diklaim == 0)
        {
            return 0;
        }

        var pengguna = await direktori.PenggunaAsync(request.UnitIds, request.Peran, cancellationToken);
        foreach (var p in pengguna)
        {
            db.Notifikasi.Add(new Notifikasi(
                Guid.CreateVersion7(), p.Id, request.Jenis, request.Judul, request.Pesan, null, request.Modul, request.ReferensiId, null, sekarang));
        }

        return pengguna.Count;
    }
}

using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;

/// <summary>What the quarterly job did.</summary>
public sealed record HasilMonevTriwulan(int Dibuka, int Notifikasi);

/// <summary>
/// Quarterly monev of SOP D (Hangfire, daily): after each quarter it opens one report per cohort and unit (the running
/// directorate and every participating UPT) for cohorts not cancelled that started by the quarter's end, due on the
/// 10th day after the quarter; it notifies the unit when opened, reminds 3 days before and on the due day, and
/// escalates once when overdue (to the unit and its head). Every notification is claimed once, so reruns and
/// overlapping runs do not repeat it.
/// </summary>
public sealed class MonevTriwulanFasilitator(FasilitatorDbContext db, IMediator mediator, IClock clock) : IJobBerulang
{
    private static readonly string[] Petugas = [Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit];

    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<HasilMonevTriwulan> JalankanAsync(CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var hariIni = sekarang.InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
        var (tahun, triwulan) = LaporanMonevTriwulan.TriwulanTerakhir(hariIni);
        var akhir = new LocalDate(tahun, triwulan * 3, 1).PlusMonths(1).PlusDays(-1);
        var angkatan = await db.Angkatan.AsNoTracking().Where(a => a.PendaftaranMulai <= akhir).ToListAsync(cancellationToken);
        var ringkas = await mediator.Send(new RingkasanInstansQuery(angkatan.Select(a => a.InstansId).ToList()), cancellationToken);
        var dibuka = 0;
        foreach (var a in angkatan.Where(a => ringkas.TryGetValue(a.InstansId, out var r) && r.Status != StatusInstans.Dibatalkan))
        {
            foreach (var unit in a.UptIds.Prepend(a.UnitId).Distinct())
            {
                dibuka += await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO fasilitator.monev_triwulan ("Id", "AngkatanId", "UnitId", "Tahun", "Triwulan", "JatuhTempo", "DibukaPada")
                    VALUES ({Guid.CreateVersion7()}, {a.Id}, {unit}, {tahun}, {triwulan}, {LaporanMonevTriwulan.TenggatUntuk(tahun, triwulan)}, {sekarang})
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
            }
        }

        var nama = angkatan.ToDictionary(a => a.Id, a => a.Nama);
        var terbuka = await db.MonevTriwulan.AsNoTracking().Where(l => l.DikirimPada == null).ToListAsync(cancellationToken);
        var notifikasi = 0;
        foreach (var l in terbuka.Where(l => nama.ContainsKey(l.AngkatanId)))
        {
            var label = $"monev TW{l.Triwulan} {l.Tahun} {nama[l.AngkatanId]}";
            var tanggal = l.JatuhTempo.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
            var kirim = new List<(string Kunci, JenisNotifikasi Jenis, string Judul, string Pesan, bool Kepala)>
            {
                ($"monev-d:{l.Id}:dibuka", JenisNotifikasi.Informasi, $"Laporan {label} dibuka", $"Kirim laporan {label} paling lambat {tanggal}.", false),
            };
            if (hariIni > l.JatuhTempo)
            {
                kirim.Add(($"monev-d:{l.Id}:terlambat", JenisNotifikasi.Eskalasi, $"Terlambat: laporan {label}", $"Laporan {label} melewati batas {tanggal}.", true));
            }
            else if (hariIni == l.JatuhTempo)
            {
                kirim.Add(($"monev-d:{l.Id}:h0", JenisNotifikasi.Pengingat, $"Jatuh tempo hari ini: laporan {label}", $"Laporan {label} jatuh tempo hari ini.", false));
            }
            else if (hariIni >= l.JatuhTempo.PlusDays(-3))
            {
                kirim.Add(($"monev-d:{l.Id}:h3", JenisNotifikasi.Pengingat, $"Pengingat: laporan {label}", $"Laporan {label} jatuh tempo {tanggal}.", false));
            }

            foreach (var k in kirim)
            {
                notifikasi += await mediator.Send(
                    new KirimNotifikasiUnitCommand(k.Kunci, [l.UnitId], k.Kepala ? Petugas : [Peran.UnitKerjaPusat, Peran.Upt], k.Jenis, k.Judul, k.Pesan, SopFasilitator.Modul, l.AngkatanId),
                    cancellationToken);
            }
        }

        return new HasilMonevTriwulan(dibuka, notifikasi);
    }
}

/// <summary>A quarterly monev report as listed.</summary>
public sealed record MonevTriwulanDto(
    Guid Id, Guid AngkatanId, string Angkatan, Guid UnitId, string NamaUnit, int Tahun, int Triwulan, LocalDate JatuhTempo, Instant? DikirimPada,
    string? DikirimOleh, string? Ringkasan, bool Terlambat, bool BolehKirim);

/// <summary>Quarterly monev reports of the cohorts the user may read.</summary>
public sealed record DaftarMonevTriwulanQuery(int? Tahun) : IQuery<IReadOnlyList<MonevTriwulanDto>>;

internal sealed class DaftarMonevTriwulanQueryValidator : AbstractValidator<DaftarMonevTriwulanQuery>
{
    public DaftarMonevTriwulanQueryValidator() => RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
}

internal sealed class DaftarMonevTriwulanQueryHandler(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun, IDirektoriOrganisasi direktori, ICurrentUser user, IClock clock)
    : IRequestHandler<DaftarMonevTriwulanQuery, IReadOnlyList<MonevTriwulanDto>>
{
    public async Task<IReadOnlyList<MonevTriwulanDto>> Handle(DaftarMonevTriwulanQuery request, CancellationToken cancellationToken)
    {
        var angkatan = await (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken))
            .ToDictionaryAsync(a => a.Id, a => a.Nama, cancellationToken);
        var ids = angkatan.Keys.ToList();
        var q = db.MonevTriwulan.AsNoTracking().Where(l => ids.Contains(l.AngkatanId));
        if (request.Tahun is { } tahun)
        {
            q = q.Where(l => l.Tahun == tahun);
        }

        var rows = await q.ToListAsync(cancellationToken);
        var unit = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        var hariIni = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
        return rows.Select(l => new MonevTriwulanDto(
            l.Id, l.AngkatanId, angkatan[l.AngkatanId], l.UnitId, unit.GetValueOrDefault(l.UnitId, "-"), l.Tahun, l.Triwulan, l.JatuhTempo, l.DikirimPada, l.DikirimOleh,
            l.Ringkasan, !l.Terkirim && hariIni > l.JatuhTempo, !l.Terkirim && KirimMonevTriwulanCommandHandler.Boleh(user, l)))
            .OrderByDescending(x => x.Tahun).ThenByDescending(x => x.Triwulan).ThenBy(x => x.Angkatan, StringComparer.Ordinal).ThenBy(x => x.NamaUnit, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Submits a quarterly monev report (staff of the report's unit).</summary>
public sealed record KirimMonevTriwulanCommand(Guid Id, string Ringkasan) : ICommand<MonevTriwulanDto>;

internal sealed class KirimMonevTriwulanCommandValidator : AbstractValidator<KirimMonevTriwulanCommand>
{
    public KirimMonevTriwulanCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Ringkasan).NotEmpty().WithMessage("Ringkasan hasil monev wajib diisi.").MaximumLength(4000);
    }
}

internal sealed class KirimMonevTriwulanCommandHandler(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun, IMediator mediator, ICurrentUser user, IClock clock)
    : IRequestHandler<KirimMonevTriwulanCommand, MonevTriwulanDto>
{
    public static bool Boleh(ICurrentUser user, LaporanMonevTriwulan l) =>
        l.UnitId == user.UnitId && (user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt) || user.IsInRole(Peran.KepalaUnit));

    public async Task<MonevTriwulanDto> Handle(KirimMonevTriwulanCommand request, CancellationToken cancellationToken)
    {
        var l = await db.MonevTriwulan.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Laporan tidak ditemukan.");
        var terbaca = await (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken)).AnyAsync(a => a.Id == l.AngkatanId, cancellationToken);
        if (!terbaca)
        {
            throw new NotFoundException("Laporan tidak ditemukan.");
        }

        if (!Boleh(user, l))
        {
            throw new ForbiddenException("Laporan monev dikirim oleh unit yang bersangkutan.");
        }

        l.Kirim(request.Ringkasan, user.Username, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return (await mediator.Send(new DaftarMonevTriwulanQuery(l.Tahun), cancellationToken)).Single(x => x.Id == l.Id);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>What one sweep did.</summary>
/// <param name="JatuhTempoDihitungUlang">Steps whose due date moved (calendar changed).</param>
/// <param name="Pengingat">Reminders claimed and sent.</param>
/// <param name="Eskalasi">Escalations claimed and sent.</param>
/// <param name="Notifikasi">In-app notifications written.</param>
internal sealed record HasilSapuan(int JatuhTempoDihitungUlang, int Pengingat, int Eskalasi, int Notifikasi);

/// <summary>
/// The deadline sweep (a Hangfire recurring job, and run directly by tests). It recomputes due dates when the calendar
/// changed, then for the current step of every running activity decides whether a reminder (2 HK before, on the due
/// day) or an escalation (overdue) is due, and sends it (<see cref="KirimTenggatLangkahCommand"/>): claimed with a unique
/// key (step, kind, rung@due date) in the same transaction as its notifications, so a retried, overlapping or second-server run
/// never notifies twice; a run after downtime catches up because decisions depend on today's state, not on when
/// the last run happened. A new due date (pause, calendar edit) is a new rung.
/// </summary>
internal sealed partial class PenyapuTenggat(
    SopDbContext db, IKalenderHariKerjaSource kalenderSource, IClock clock, IMediator mediator, ILogger<PenyapuTenggat> logger) : IJobBerulang
{
    Task IJobBerulang.JalankanAsync(CancellationToken cancellationToken) => JalankanAsync(cancellationToken);

    public async Task<HasilSapuan> JalankanAsync(CancellationToken cancellationToken)
    {
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var dihitungUlang = await HitungUlangJatuhTempoAsync(kalender, cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var daftar = await db.Instans.AsNoTracking().Where(i => i.Status == StatusInstans.Berjalan).ToListAsync(cancellationToken);
        int pengingat = 0, eskalasi = 0, notifikasi = 0;
        foreach (var instans in daftar)
        {
            if (instans.LangkahAktif is not { WaktuHk: not null, Status: StatusLangkah.Berjalan or StatusLangkah.Dikembalikan } langkah)
            {
                continue;
            }

            var hariIni = instans.HariIni(sekarang);
            var sla = langkah.Sla(hariIni, kalender);
            if (sla.JatuhTempo is not { } jatuhTempo)
            {
                continue;
            }

            (JenisNotifikasi Jenis, string Rung)? keputusan = sla.Status switch
            {
                StatusSla.Terlambat => (JenisNotifikasi.Eskalasi, "1"),
                _ when hariIni == jatuhTempo => (JenisNotifikasi.Pengingat, "H0"),
                _ when sla.HkTersisa <= LangkahSop.BatasMendekatiHk => (JenisNotifikasi.Pengingat, "H-2"),
                _ => null,
            };
            if (keputusan is not { } k)
            {
                continue;
            }

            var terkirim = await mediator.Send(
                new KirimTenggatLangkahCommand(
                    instans.Id, langkah.Id, langkah.Kode, k.Jenis, k.Rung, jatuhTempo, sla.HkTersisa,
                    k.Jenis == JenisNotifikasi.Eskalasi ? kalender.HitungHariKerja(jatuhTempo, hariIni) : 0),
                cancellationToken);
            if (terkirim is null)
            {
                continue;
            }

            notifikasi += terkirim.Value;
            if (k.Jenis == JenisNotifikasi.Eskalasi)
            {
                eskalasi++;
            }
            else
            {
                pengingat++;
            }
        }

        var hasil = new HasilSapuan(dihitungUlang, pengingat, eskalasi, notifikasi);
        LogSelesai(logger, hasil.JatuhTempoDihitungUlang, hasil.Pengingat, hasil.Eskalasi, hasil.Notifikasi);
        return hasil;
    }

    /// <summary>Recomputes the due dates of open steps against the current calendar; audits every date that moved.</summary>
    public async Task<int> HitungUlangJatuhTempoAsync(KalenderHariKerja kalender, CancellationToken cancellationToken)
    {
        // One read decides which activities move; only those are loaded for update (each saved on its own, so a
        // concurrent change to one does not block the others).
        var terbuka = new[] { StatusLangkah.Berjalan, StatusLangkah.Dijeda, StatusLangkah.Diajukan, StatusLangkah.Dikembalikan };
        var berjalan = await db.Instans.AsNoTracking()
            .Where(i => db.Langkah.Any(l => l.InstansId == i.Id && terbuka.Contains(l.Status) && l.WaktuHk != null))
            .ToListAsync(cancellationToken);
        var ids = berjalan.Where(i => i.HitungUlangJatuhTempo(kalender, clock.GetCurrentInstant()).Count > 0).Select(i => i.Id).ToList();
        var jumlah = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var instans = await db.Instans.SingleAsync(i => i.Id == id, cancellationToken);
            var sekarang = clock.GetCurrentInstant();
            var berubah = instans.HitungUlangJatuhTempo(kalender, sekarang);
            if (berubah.Count == 0)
            {
                continue;
            }

            foreach (var (langkah, lama) in berubah)
            {
                db.Audit.Add(PencatatAudit.Sistem(
                    instans, langkah.Kode, "HitungUlangJatuhTempo",
                    $"Kalender hari kerja berubah: jatuh tempo {lama:yyyy-MM-dd} → {langkah.JatuhTempo:yyyy-MM-dd}", sekarang));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                jumlah += berubah.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another sweep (or a user) changed the activity meanwhile; the next run recomputes it.
                LogBentrok(logger, instans.Id);
            }
        }

        db.ChangeTracker.Clear();
        return jumlah;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sapuan tenggat SOP: {Dihitung} jatuh tempo dihitung ulang, {Pengingat} pengingat, {Eskalasi} eskalasi, {Notifikasi} notifikasi")]
    private static partial void LogSelesai(ILogger logger, int dihitung, int pengingat, int eskalasi, int notifikasi);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kegiatan {InstansId} diubah bersamaan saat hitung ulang jatuh tempo; dicoba lagi pada sapuan berikut")]
    private static partial void LogBentrok(ILogger logger, Guid instansId);
}

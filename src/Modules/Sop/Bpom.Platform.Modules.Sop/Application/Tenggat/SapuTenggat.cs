using System.Globalization;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.Infrastructure.Persistence;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Tenggat;

/// <summary>One batch of the deadline sweep: the runs whose next rung is due (oldest first, at most
/// <paramref name="Ukuran"/>), each sent once per rung, in one transaction: the claims (set-based); the notifications,
/// the audit entries and <see cref="LangkahTerlambat"/> for escalations, each written with one <c>COPY</c> (the events
/// are delivered to Kinerja by the outbox's background pass: a morning's thousand escalations are not delivered one by
/// one inside the sweep); and each run's next rung (set-based).</summary>
internal sealed record SapuTenggatCommand(int Ukuran) : ICommand<HasilSapuan>, IKirimLatar;

internal sealed class SapuTenggatCommandValidator : AbstractValidator<SapuTenggatCommand>
{
    public SapuTenggatCommandValidator() => RuleFor(x => x.Ukuran).InclusiveBetween(1, 2000);
}

internal sealed class SapuTenggatCommandHandler(
    SopDbContext db, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, IMediator mediator, IIntegrationEvents events, IClock clock)
    : IRequestHandler<SapuTenggatCommand, HasilSapuan>
{
    private static readonly CultureInfo Id = new("id-ID");
    private static readonly string[] PeranLintasUnit = [Peran.Ppsdm, Peran.Pimpinan];

    public async Task<HasilSapuan> Handle(SapuTenggatCommand request, CancellationToken cancellationToken)
    {
        var sekarang = clock.GetCurrentInstant();
        var rows = await db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.TenggatPada != null && i.TenggatPada <= sekarang && i.Status == StatusInstans.Berjalan)
            .OrderBy(i => i.TenggatPada).ThenBy(i => i.Id).Take(request.Ukuran)
            .Join(db.Langkah.AsNoTracking(), i => new { InstansId = i.Id, Kode = i.AktifKode! }, l => new { l.InstansId, l.Kode }, (i, l) => new BarisTenggat
            {
                InstansId = i.Id,
                KodeSop = i.KodeSop,
                Modul = i.Modul,
                ReferensiId = i.ReferensiId,
                Judul = i.Judul,
                UnitId = i.UnitId,
                Tahun = i.Tahun,
                ZonaWaktu = i.ZonaWaktu,
                TenggatPada = i.TenggatPada!.Value,
                LangkahId = l.Id,
                LangkahKode = l.Kode,
                NamaLangkah = l.Nama,
                Pelaksana = l.Pelaksana,
                WaktuHk = l.WaktuHk,
                Status = l.Status,
                JatuhTempo = l.JatuhTempo,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new HasilSapuan(0, 0, 0, 0);
        }

        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var penerima = await PenerimaAsync(rows, cancellationToken);
        var keputusan = new List<(BarisTenggat Baris, string Rung, LocalDate HariIni, NotifikasiBaru Notifikasi)>();
        var jadwal = new List<(Guid Id, string? Rung, Instant? Pada, Instant Lama)>();
        foreach (var r in rows)
        {
            var zona = ZonaWaktuUnit.Dari(r.ZonaWaktu);
            var hariIni = sekarang.InZone(zona).Date;
            if (r is not { WaktuHk: not null, Status: StatusLangkah.Berjalan or StatusLangkah.Dikembalikan, JatuhTempo: { } jatuhTempo })
            {
                // The position was stale (should not happen: it changes with the step); nothing to send for this step.
                jadwal.Add((r.InstansId, null, null, r.TenggatPada));
                continue;
            }

            if (JadwalTenggat.Keputusan(hariIni, jatuhTempo, kalender) is not { } rung)
            {
                var (berikut, hari) = JadwalTenggat.Berikutnya(hariIni, jatuhTempo, kalender);
                jadwal.Add((r.InstansId, berikut, hari.AtStartOfDayInZone(zona).ToInstant(), r.TenggatPada));
                continue;
            }

            keputusan.Add((r, rung, hariIni, Notifikasi(r, rung, hariIni, jatuhTempo, kalender, penerima)));
            var setelah = JadwalTenggat.Setelah(rung, jatuhTempo);
            jadwal.Add((r.InstansId, setelah?.Rung, setelah?.Hari.AtStartOfDayInZone(zona).ToInstant(), r.TenggatPada));
        }

        var kirim = keputusan.Count == 0
            ? new HasilKirimNotifikasiBanyak([], 0)
            : await mediator.Send(new KirimNotifikasiBanyakCommand(keputusan.Select(k => k.Notifikasi).ToList()), cancellationToken);
        int pengingat = 0, eskalasi = 0;
        var audit = new List<CatatanAudit>();
        var terlambat = new List<IIntegrationEvent>();
        foreach (var (r, rung, hariIni, n) in keputusan.Where(k => kirim.Terkirim.Contains(k.Notifikasi.KunciKlaim)))
        {
            audit.Add(new CatatanAudit(
                Guid.CreateVersion7(), r.InstansId, r.LangkahKode, rung == JadwalTenggat.Eskalasi ? nameof(JenisNotifikasi.Eskalasi) : nameof(JenisNotifikasi.Pengingat),
                null, null, null, Teks.Potong($"{n.Pesan} Dikirim ke {n.PenggunaIds.Count} pengguna.", 1000), null, "sistem", null, sekarang));
            if (rung == JadwalTenggat.Eskalasi)
            {
                eskalasi++;
                terlambat.Add(new LangkahTerlambat(
                    new AsalKegiatan(r.InstansId, r.KodeSop, r.Modul, r.ReferensiId, r.UnitId, r.Tahun), r.LangkahKode, r.JatuhTempo!.Value,
                    kalender.HitungHariKerja(r.JatuhTempo.Value, hariIni), sekarang));
            }
            else
            {
                pengingat++;
            }
        }

        // A batch's audit entries in one COPY, in the sweep's transaction (not a thousand tracked inserts).
        if (audit.Count > 0)
        {
            await db.SalinAsync(audit, cancellationToken);
        }

        await events.PublishManyAsync(terlambat, cancellationToken);

        await JadwalkanAsync(jadwal, cancellationToken);
        return new HasilSapuan(rows.Count, pengingat, eskalasi, kirim.Penerima);
    }

    /// <summary>Moves each run to its next rung, set-based; a run changed meanwhile (its rung recomputed by a
    /// transition) keeps what the transition gave it.</summary>
    private async Task JadwalkanAsync(IReadOnlyList<(Guid Id, string? Rung, Instant? Pada, Instant Lama)> jadwal, CancellationToken cancellationToken)
    {
        var urut = jadwal.OrderBy(j => j.Id).ToList();
        var ids = urut.Select(j => j.Id).ToArray();
        var rung = urut.Select(j => j.Rung).ToArray();
        var pada = urut.Select(j => j.Pada).ToArray();
        var lama = urut.Select(j => j.Lama).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE sop.instans AS i SET "TenggatRung" = v.rung, "TenggatPada" = v.pada
            FROM unnest({ids}::uuid[], {rung}::text[], {pada}::timestamptz[], {lama}::timestamptz[]) AS v(id, rung, pada, lama)
            WHERE i."Id" = v.id AND i."TenggatPada" = v.lama
            """,
            cancellationToken);
    }

    private static NotifikasiBaru Notifikasi(
        BarisTenggat r, string rung, LocalDate hariIni, LocalDate jatuhTempo, BuildingBlocks.Domain.HariKerja.KalenderHariKerja kalender, Penerima penerima)
    {
        var tanggal = jatuhTempo.ToString("dddd, d MMMM yyyy", Id);
        var (jenis, judul, pesan) = rung switch
        {
            JadwalTenggat.Eskalasi => (
                JenisNotifikasi.Eskalasi,
                $"Terlambat: {r.LangkahKode} {r.NamaLangkah}",
                $"Langkah {r.LangkahKode} \"{r.NamaLangkah}\" pada kegiatan \"{r.Judul}\" melewati jatuh tempo {tanggal} ({kalender.HitungHariKerja(jatuhTempo, hariIni)} HK terlambat)."),
            JadwalTenggat.PengingatH0 => (
                JenisNotifikasi.Pengingat,
                $"Jatuh tempo hari ini: {r.LangkahKode} {r.NamaLangkah}",
                $"Langkah {r.LangkahKode} \"{r.NamaLangkah}\" pada kegiatan \"{r.Judul}\" jatuh tempo hari ini, {tanggal}."),
            _ => (
                JenisNotifikasi.Pengingat,
                $"Pengingat: {r.LangkahKode} {r.NamaLangkah}",
                $"Langkah {r.LangkahKode} \"{r.NamaLangkah}\" pada kegiatan \"{r.Judul}\" jatuh tempo {tanggal} ({kalender.HitungHariKerja(hariIni, jatuhTempo)} HK lagi)."),
        };
        var kunci = $"{r.LangkahId:N}:{jenis}:{rung}@{jatuhTempo:yyyy-MM-dd}";
        return new NotifikasiBaru(kunci, penerima.Untuk(r, jenis == JenisNotifikasi.Eskalasi), jenis, judul, pesan, r.InstansId, r.Modul, r.ReferensiId, r.LangkahKode,
            r.JatuhTempo);
    }

    /// <summary>Who is told, for the whole batch in three directory reads: reminders go to the step's performers in the
    /// unit (PPSDM and Pimpinan steps: those roles anywhere); escalations also to the unit's head and, for a Loka, to its
    /// koordinator Balai's head.</summary>
    private async Task<Penerima> PenerimaAsync(IReadOnlyList<BarisTenggat> rows, CancellationToken cancellationToken)
    {
        var unit = await direktori.UnitBanyakAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var unitDicari = rows.Select(r => r.UnitId).Concat(unit.Values.Where(u => u is { Jenis: "LokaPom", KoordinatorId: not null }).Select(u => u.KoordinatorId!.Value))
            .Distinct().ToList();
        var diUnit = await direktori.PenggunaAsync(unitDicari, [], cancellationToken);
        var lintas = rows.Any(r => r.Pelaksana.Any(PeranLintasUnit.Contains))
            ? await direktori.PenggunaAsync([], PeranLintasUnit, cancellationToken)
            : [];
        return new Penerima(unit, diUnit.ToLookup(p => p.UnitId), lintas);
    }

    private sealed record Penerima(
        IReadOnlyDictionary<Guid, UnitOrganisasi> Unit, ILookup<Guid, PenggunaOrganisasi> DiUnit, IReadOnlyList<PenggunaOrganisasi> Lintas)
    {
        public IReadOnlyList<Guid> Untuk(BarisTenggat r, bool eskalasi)
        {
            var peranUnit = r.Pelaksana.Except(PeranLintasUnit).ToList();
            var peranLintas = r.Pelaksana.Intersect(PeranLintasUnit).ToList();
            var hasil = DiUnit[r.UnitId].Where(p => p.Peran.Any(peranUnit.Contains))
                .Concat(Lintas.Where(p => p.Peran.Any(peranLintas.Contains)));
            if (eskalasi)
            {
                var kepala = new List<Guid> { r.UnitId };
                if (Unit.GetValueOrDefault(r.UnitId) is { Jenis: "LokaPom", KoordinatorId: { } koordinator })
                {
                    kepala.Add(koordinator);
                }

                hasil = hasil.Concat(kepala.SelectMany(u => DiUnit[u]).Where(p => p.Peran.Contains(Peran.KepalaUnit)));
            }

            return hasil.Select(p => p.Id).Distinct().ToList();
        }
    }

    /// <summary>A run whose next rung is due, with its current step.</summary>
    private sealed class BarisTenggat
    {
        public Guid InstansId { get; init; }

        public string KodeSop { get; init; } = string.Empty;

        public string Modul { get; init; } = string.Empty;

        public Guid ReferensiId { get; init; }

        public string Judul { get; init; } = string.Empty;

        public Guid UnitId { get; init; }

        public int Tahun { get; init; }

        public string ZonaWaktu { get; init; } = string.Empty;

        public Instant TenggatPada { get; init; }

        public Guid LangkahId { get; init; }

        public string LangkahKode { get; init; } = string.Empty;

        public string NamaLangkah { get; init; } = string.Empty;

        public List<string> Pelaksana { get; init; } = [];

        public int? WaktuHk { get; init; }

        public StatusLangkah Status { get; init; }

        public LocalDate? JatuhTempo { get; init; }
    }
}

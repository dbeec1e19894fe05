using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
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

/// <summary>"Tugas saya": the current step of every running activity, across all SOPs, that the user performs
/// (performer role in the performing unit) or approves (KepalaUnit of the unit, when submitted); sorted by due date,
/// overdue first, steps without a deadline last. Steps routed to the user's unit are included: a part to carry out
/// (TindakLanjut) while the step runs, an approved output to acknowledge (Penerima).</summary>
internal sealed record TugasSayaQuery : IQuery<IReadOnlyList<TugasDto>>;

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

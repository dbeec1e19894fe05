using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Notifikasi.Contracts;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Instans;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Sop.Application.Penugasan;

/// <summary>Routing of steps to other units: set by SOP modules, reported / acknowledged by those units.</summary>
internal sealed class PengaturPenugasan(SopDbContext db, IDirektoriOrganisasi direktori, PencatatAudit audit, AksesSop akses, IClock clock, IMediator mediator)
{
    /// <summary>Replaces the routings and output wording of the steps that have not started yet; started steps keep
    /// theirs. Audited.</summary>
    public async Task AturAsync(
        InstansSop instans, IReadOnlyList<PenugasanBaru> penugasan, IReadOnlyDictionary<string, string>? output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(penugasan);
        var belumMulai = instans.Langkah.Where(l => l.Status == StatusLangkah.Menunggu).Select(l => l.Kode).ToHashSet(StringComparer.Ordinal);
        foreach (var p in penugasan)
        {
            instans.CariLangkah(p.LangkahKode); // unknown step: a programming error of the module
        }

        var ada = db.Penugasan.Local.Where(p => p.InstansId == instans.Id).ToList();
        if (db.Entry(instans).State != EntityState.Added)
        {
            ada = await db.Penugasan.Where(p => p.InstansId == instans.Id).ToListAsync(cancellationToken);
        }

        var units = await direktori.NamaUnitAsync(penugasan.Select(p => p.UnitId).Concat(ada.Select(a => a.UnitId)).ToList(), cancellationToken);
        var tidakAda = penugasan.Where(p => !units.ContainsKey(p.UnitId)).Select(p => p.UnitId).Distinct().ToList();
        if (tidakAda.Count > 0)
        {
            throw new NotFoundException($"Unit tujuan tidak ditemukan: {string.Join(", ", tidakAda)}.");
        }

        var diminta = penugasan.Where(p => belumMulai.Contains(p.LangkahKode))
            .DistinctBy(p => (p.LangkahKode, p.UnitId, p.Jenis)).ToList();
        foreach (var lama in ada.Where(a => belumMulai.Contains(a.LangkahKode)
            && !diminta.Any(d => d.LangkahKode == a.LangkahKode && d.UnitId == a.UnitId && d.Jenis == a.Jenis)))
        {
            db.Penugasan.Remove(lama);
            audit.Catat(instans, lama.LangkahKode, "PenugasanDihapus", lama.Jenis.ToString(), keterangan: units.GetValueOrDefault(lama.UnitId) ?? lama.UnitId.ToString());
        }

        foreach (var baru in diminta.Where(d => !ada.Any(a => a.LangkahKode == d.LangkahKode && a.UnitId == d.UnitId && a.Jenis == d.Jenis)))
        {
            db.Penugasan.Add(new PenugasanLangkah(Guid.CreateVersion7(), instans.Id, baru.LangkahKode, baru.UnitId, baru.Jenis, Teks.Potong(baru.Keterangan, 300)!));
            audit.Catat(instans, baru.LangkahKode, "Penugasan", ke: baru.Jenis.ToString(), keterangan: $"{units[baru.UnitId]}: {baru.Keterangan}");
        }

        // The units now routed (kept with the run: lists and reads match them in SQL).
        instans.AturUnitTerlibat(ada.Where(a => !belumMulai.Contains(a.LangkahKode)).Select(a => a.UnitId).Concat(diminta.Select(d => d.UnitId)));

        foreach (var (kode, teks) in output ?? new Dictionary<string, string>())
        {
            var langkah = instans.CariLangkah(kode);
            if (belumMulai.Contains(langkah.Kode) && !string.Equals(langkah.Output, teks.Trim(), StringComparison.Ordinal))
            {
                var sebelumnya = langkah.Output;
                langkah.SesuaikanOutput(teks);
                audit.Catat(instans, langkah.Kode, "SesuaikanOutput", keterangan: Teks.Potong($"{sebelumnya} → {langkah.Output}", 1000));
            }
        }

        instans.Sentuh(clock.GetCurrentInstant());
    }

    /// <summary>The routings of an activity in one read: with unit names and what the current user may do, as shown on
    /// the detail, and the units still to report per step (what <see cref="TertundaAsync"/> gives).</summary>
    public async Task<(IReadOnlyList<PenugasanDto> Daftar, IReadOnlyDictionary<string, IReadOnlyList<string>> Tertunda)> BacaAsync(
        InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var rows = await db.Penugasan.AsNoTracking().Where(p => p.InstansId == instans.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return ([], new Dictionary<string, IReadOnlyList<string>>());
        }

        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).Distinct().ToList(), cancellationToken);
        var daftar = rows.OrderBy(r => instans.CariLangkah(r.LangkahKode).Nomor).ThenBy(r => r.Jenis).ThenBy(r => nama.GetValueOrDefault(r.UnitId), StringComparer.Ordinal)
            .Select(r => new PenugasanDto(
                r.Id, r.LangkahKode, r.UnitId, nama.GetValueOrDefault(r.UnitId, "-"), r.Jenis, r.Keterangan, r.SelesaiPada, r.SelesaiOlehNama, r.Catatan,
                BolehSelesaikan(instans, r))).ToList();
        return (daftar, Tertunda(rows.Where(r => r.Jenis == JenisPenugasan.Pelaksana && r.SelesaiPada == null), nama));
    }

    /// <summary>Names of the units attached to carry out part of the step that have not reported yet.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TertundaAsync(InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var rows = await db.Penugasan.AsNoTracking()
            .Where(p => p.InstansId == instans.Id && p.Jenis == JenisPenugasan.Pelaksana && p.SelesaiPada == null)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        return Tertunda(rows, await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken));
    }

    private static Dictionary<string, IReadOnlyList<string>> Tertunda(IEnumerable<PenugasanLangkah> terbuka, IReadOnlyDictionary<Guid, string> nama) =>
        terbuka.GroupBy(r => r.LangkahKode).ToDictionary(
            g => g.Key, g => (IReadOnlyList<string>)g.Select(r => nama.GetValueOrDefault(r.UnitId, "-")).Order(StringComparer.Ordinal).ToList());

    /// <summary>In-app notifications to the routed units: a step they carry out part of has started, or an output
    /// addressed to them was approved.</summary>
    public async Task BeritahuAsync(InstansSop instans, IReadOnlyList<PerubahanLangkah> perubahan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(perubahan);
        var dimulai = perubahan.Where(p => p.Ke == StatusLangkah.Berjalan && p.Dari == StatusLangkah.Menunggu).Select(p => p.Langkah.Kode).ToList();
        var selesai = perubahan.Where(p => p.Ke == StatusLangkah.Selesai).Select(p => p.Langkah.Kode).ToList();
        if (dimulai.Count == 0 && selesai.Count == 0)
        {
            return;
        }

        var rows = await db.Penugasan.AsNoTracking()
            .Where(p => p.InstansId == instans.Id && ((p.Jenis == JenisPenugasan.Pelaksana && dimulai.Contains(p.LangkahKode))
                || (p.Jenis == JenisPenugasan.Penerima && selesai.Contains(p.LangkahKode))))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var pengguna = await direktori.PenggunaAsync(
            rows.Select(r => r.UnitId).Distinct().ToList(), [Peran.UnitKerjaPusat, Peran.Upt, Peran.KepalaUnit], cancellationToken);
        foreach (var r in rows)
        {
            var langkah = instans.CariLangkah(r.LangkahKode);
            var (judul, pesan) = r.Jenis == JenisPenugasan.Pelaksana
                ? ($"Tindak lanjut diminta: {instans.Judul}", $"Unit Anda ditugaskan melaksanakan langkah {langkah.Kode} ({langkah.Nama}). {r.Keterangan}")
                : ($"Dokumen diterima: {langkah.Output}", $"Output langkah {langkah.Kode} kegiatan \"{instans.Judul}\" ditujukan kepada unit Anda. {r.Keterangan}");
            await mediator.Send(
                new KirimNotifikasiCommand(
                    null, pengguna.Where(u => u.UnitId == r.UnitId).Select(u => u.Id).ToList(), JenisNotifikasi.Informasi, judul, pesan,
                    instans.Id, instans.Modul, instans.ReferensiId, langkah.Kode),
                cancellationToken);
        }
    }

    private bool BolehSelesaikan(InstansSop instans, PenugasanLangkah p)
    {
        var langkah = instans.CariLangkah(p.LangkahKode);
        return !p.Selesai && akses.BolehMenyelesaikanPenugasan(langkah, p) && (p.Jenis == JenisPenugasan.Penerima
            ? langkah.Status == StatusLangkah.Selesai
            : instans.LangkahAktif?.Id == langkah.Id && langkah.Status is StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Dikembalikan);
    }

    /// <summary>Records the current user's unit report (Pelaksana) or acknowledgement (Penerima) on a step.</summary>
    public async Task SelesaikanAsync(InstansSop instans, LangkahSop langkah, string? catatan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        ArgumentNullException.ThrowIfNull(langkah);
        var user = akses.Pengguna;
        var milik = await db.Penugasan.Where(p => p.InstansId == instans.Id && p.LangkahKode == langkah.Kode && p.UnitId == user.UnitId)
            .OrderBy(p => p.Jenis).ToListAsync(cancellationToken);
        var p = milik.FirstOrDefault(p => !p.Selesai) ?? milik.FirstOrDefault()
            ?? throw new ForbiddenException($"Langkah {langkah.Kode} kegiatan ini tidak ditujukan kepada unit Anda.");
        if (!akses.BolehMenyelesaikanPenugasan(langkah, p))
        {
            throw new ForbiddenException("Peran Anda tidak dapat melaporkan atau menerima penugasan ini.");
        }

        if (p.Jenis == JenisPenugasan.Penerima && langkah.Status != StatusLangkah.Selesai)
        {
            throw new DomainException($"Output langkah {langkah.Kode} belum disetujui; belum ada yang diterima.");
        }

        if (p.Jenis == JenisPenugasan.Pelaksana
            && (instans.LangkahAktif?.Id != langkah.Id || langkah.Status is not (StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Dikembalikan)))
        {
            throw new DomainException($"Hasil tindak lanjut dilaporkan saat langkah {langkah.Kode} berjalan (status sekarang {langkah.Status}).");
        }

        if (p.Jenis == JenisPenugasan.Pelaksana && !p.Selesai && string.IsNullOrWhiteSpace(catatan))
        {
            throw new ValidationException([new ValidationFailure("catatan", "Uraikan hasil tindak lanjut unit Anda.")]);
        }

        p.Selesaikan(clock.GetCurrentInstant(), user.UserId, user.Username, catatan);
        instans.Sentuh(clock.GetCurrentInstant());
        var namaUnit = (await direktori.NamaUnitAsync([p.UnitId], cancellationToken)).GetValueOrDefault(p.UnitId, "-");
        audit.Catat(
            instans, langkah.Kode, p.Jenis == JenisPenugasan.Pelaksana ? "TindakLanjutDilaporkan" : "OutputDiterima", ke: namaUnit,
            keterangan: p.Catatan is null ? namaUnit : $"{namaUnit}: {p.Catatan}");
    }
}

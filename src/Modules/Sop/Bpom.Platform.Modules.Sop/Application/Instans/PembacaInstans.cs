using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Application.Penugasan;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Instans;

/// <summary>Builds <see cref="InstansDto"/> and the document facts the state machine's guards need.</summary>
internal sealed class PembacaInstans(
    SopDbContext db, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, AksesSop akses, PengaturPenugasan penugasan, IClock clock,
    IPrasyaratVersi prasyarat)
{
    /// <summary>Loads an activity the user may read (404 otherwise), tracked for changes unless
    /// <paramref name="lacak"/> is false (a read that changes nothing).</summary>
    public async Task<InstansSop> MuatAsync(Guid id, CancellationToken cancellationToken, bool periksaAkses = true, bool lacak = true)
    {
        var instans = await (lacak ? db.Instans : db.Instans.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan tidak ditemukan.");
        if (periksaAkses)
        {
            await akses.PastikanBolehBacaAsync(instans, cancellationToken);
        }

        // A write that read an older version of this run (If-Match) is refused: 412, nothing changes.
        prasyarat.Pastikan(instans.Id.ToString("N"), BuildingBlocks.Application.Etag.Buat(instans.Id, instans.DiubahPada.ToUnixTimeTicks()));

        return instans;
    }

    public static LangkahSop CariLangkah(InstansSop instans, string kode)
    {
        ArgumentNullException.ThrowIfNull(instans);
        return instans.Langkah.SingleOrDefault(l => string.Equals(l.Kode, kode, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException($"Langkah {kode} tidak ada pada kegiatan ini.");
    }

    /// <summary>The guard facts of each step from the documents stored (plus those added in this unit of work).</summary>
    public async Task<Func<LangkahSop, KonteksTransisi>> KonteksAsync(InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var stored = await db.Dokumen.AsNoTracking().Where(d => d.InstansId == instans.Id)
            .Select(d => new { d.LangkahKode, d.Jenis }).ToListAsync(cancellationToken);
        var tertunda = await penugasan.TertundaAsync(instans, cancellationToken);
        return Konteks(instans, stored.Select(d => (d.LangkahKode, d.Jenis)), tertunda);
    }

    /// <summary>The guard facts from documents and pending routings already read (plus documents added in this unit
    /// of work).</summary>
    private Func<LangkahSop, KonteksTransisi> Konteks(
        InstansSop instans, IEnumerable<(string LangkahKode, JenisDokumen Jenis)> stored, IReadOnlyDictionary<string, IReadOnlyList<string>> tertunda)
    {
        var added = db.ChangeTracker.Entries<DokumenSop>().Where(e => e.State == EntityState.Added && e.Entity.InstansId == instans.Id)
            .Select(e => (e.Entity.LangkahKode, e.Entity.Jenis));
        var ada = stored.Concat(added).ToHashSet();
        return langkah => Konteks(instans, langkah, ada) with { PenugasanTertunda = tertunda.GetValueOrDefault(langkah.Kode) };
    }

    private static KonteksTransisi Konteks(InstansSop instans, LangkahSop langkah, HashSet<(string, JenisDokumen)> ada)
    {
        var kelengkapan = langkah.KelengkapanDari.Count == 0
            ? ada.Contains((langkah.Kode, JenisDokumen.Kelengkapan))
                || (instans.DasarRekomendasiId is not null && instans.Langkah[0].Kode == langkah.Kode)
            : langkah.KelengkapanDari.Any(k => ada.Contains((k, JenisDokumen.Output))
                && instans.Langkah.Any(l => l.Kode == k && l.Status == StatusLangkah.Selesai));
        return new KonteksTransisi(kelengkapan, ada.Contains((langkah.Kode, JenisDokumen.Output)));
    }

    public async Task<InstansDto> BacaAsync(InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        // The documents and the routings are read once each, for the list shown and for the guards.
        var dokumen = await db.Dokumen.AsNoTracking().Where(d => d.InstansId == instans.Id)
            .OrderBy(d => d.LangkahKode).ThenBy(d => d.Jenis).ThenByDescending(d => d.Versi)
            .ToListAsync(cancellationToken);
        var (rute, tertunda) = await penugasan.BacaAsync(instans, cancellationToken);
        var konteks = Konteks(instans, dokumen.Select(d => (d.LangkahKode, d.Jenis)), tertunda);
        var unit = await direktori.UnitAsync(instans.UnitId, cancellationToken);
        var hariIni = instans.HariIni(clock.GetCurrentInstant());
        var aktif = instans.LangkahAktif;
        var langkah = instans.Langkah.Select(l => KeDto(instans, l, aktif, hariIni, kalender, konteks(l), dokumen)
            with
        { Penugasan = rute.Where(r => r.LangkahKode == l.Kode).ToList() }).ToList();
        return new InstansDto(
            instans.Id, instans.KodeSop, instans.VersiSop, instans.Modul, instans.ReferensiId, instans.Judul, instans.UnitId,
            unit?.Nama ?? "-", instans.ZonaWaktu, instans.Tahun, instans.Status, instans.DibuatPada, instans.SelesaiPada, hariIni,
            aktif?.Kode, akses.BolehMengelola(instans) && instans.Status == StatusInstans.Berjalan,
            instans.Status == StatusInstans.Berjalan && akses.BolehMenjalankan(instans, aktif ?? instans.Langkah[0], PemicuLangkah.Batalkan),
            langkah, instans.PenyetujuUnitId, instans.DasarRekomendasiId, instans.DiubahPada);
    }

    private LangkahDto KeDto(
        InstansSop instans, LangkahSop l, LangkahSop? aktif, LocalDate hariIni, KalenderHariKerja kalender, KonteksTransisi konteks, List<DokumenSop> dokumen)
    {
        var aksi = aktif?.Id == l.Id
            ? l.PemicuTersedia(konteks).Where(p => p != PemicuLangkah.Batalkan && akses.BolehMenjalankan(instans, l, p)).ToList()
            : [];
        var bolehUnggah = aktif?.Id == l.Id && akses.BolehMelaksanakan(instans, l)
            && l.Status is StatusLangkah.Menunggu or StatusLangkah.Berjalan or StatusLangkah.Dikembalikan or StatusLangkah.Dijeda;
        return new LangkahDto(
            l.Id, l.Nomor, l.Kode, l.Nama, l.Pelaksana, l.Kelengkapan, l.Output, l.WaktuHk, l.Status, l.TanggalMulai, l.JatuhTempo,
            l.TanggalDiajukan, l.TanggalSelesai, l.RencanaSelesai, l.AlasanTerakhir, l.Jeda, l.Sla(hariIni, kalender), konteks.KelengkapanTersedia,
            dokumen.Where(d => d.LangkahKode == l.Kode).Select(KeDto).ToList(), aksi, bolehUnggah, [], PeringatanKalender(l, kalender));
    }

    /// <summary>A due date that runs into a year without holiday data was counted on weekends alone: said next to it
    /// (open steps only).</summary>
    private static string? PeringatanKalender(LangkahSop l, KalenderHariKerja kalender)
    {
        if (l.TanggalMulai is not { } mulai || l.JatuhTempo is not { } jatuhTempo
            || l.Status is StatusLangkah.Selesai or StatusLangkah.Dilewati or StatusLangkah.Dibatalkan)
        {
            return null;
        }

        var tahun = kalender.TahunTanpaDataLibur(mulai, jatuhTempo);
        return tahun.Count == 0
            ? null
            : $"Hari libur {string.Join(", ", tahun)} belum dimuat: jatuh tempo ini dihitung tanpa libur nasional dan cuti bersama tahun itu dan dapat bergeser setelah datanya dimuat.";
    }

    public static DokumenDto KeDto(DokumenSop d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.LangkahKode, d.Jenis, d.Versi, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Sha256, d.DiunggahOlehNama, d.DiunggahPada);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.BuildingBlocks.SopEngine.Contracts;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.SopEngine.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>A document version attached to a step.</summary>
public sealed record DokumenDto(
    Guid Id, string LangkahKode, JenisDokumen Jenis, int Versi, string NamaBerkas, string JenisKonten, long Ukuran, string Sha256,
    string DiunggahOleh, Instant DiunggahPada);

/// <summary>A step of a running activity with its deadline, SLA on the unit's today, documents and the actions the
/// current user may take now.</summary>
public sealed record LangkahDto(
    Guid Id,
    int Nomor,
    string Kode,
    string Nama,
    IReadOnlyList<string> Pelaksana,
    string Kelengkapan,
    string Output,
    int? WaktuHk,
    StatusLangkah Status,
    LocalDate? TanggalMulai,
    LocalDate? JatuhTempo,
    LocalDate? TanggalDiajukan,
    LocalDate? TanggalSelesai,
    LocalDate? RencanaSelesai,
    string? AlasanTerakhir,
    IReadOnlyList<PeriodeJeda> Jeda,
    SlaLangkah Sla,
    bool KelengkapanTersedia,
    IReadOnlyList<DokumenDto> Dokumen,
    IReadOnlyList<PemicuLangkah> AksiTersedia,
    bool BolehUnggah,
    IReadOnlyList<PenugasanDto> Penugasan);

/// <summary>An SOP activity run: its steps in order and where it stands.</summary>
public sealed record InstansDto(
    Guid Id,
    string KodeSop,
    int VersiSop,
    string Modul,
    Guid ReferensiId,
    string Judul,
    Guid UnitId,
    string NamaUnit,
    string ZonaWaktu,
    int Tahun,
    StatusInstans Status,
    Instant DibuatPada,
    Instant? SelesaiPada,
    LocalDate HariIni,
    string? LangkahAktif,
    bool BolehMengelola,
    bool BolehBatalkan,
    IReadOnlyList<LangkahDto> Langkah);

/// <summary>Builds <see cref="InstansDto"/> and the document facts the state machine's guards need.</summary>
public sealed class PembacaInstans(
    SopDbContext db, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, AksesSop akses, PengaturPenugasan penugasan, IClock clock)
{
    /// <summary>Loads an activity the user may read (404 otherwise), tracked for changes.</summary>
    public async Task<InstansSop> MuatAsync(Guid id, CancellationToken cancellationToken)
    {
        var instans = await db.Instans.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan tidak ditemukan.");
        await akses.PastikanBolehBacaAsync(instans, cancellationToken);
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
        var added = db.ChangeTracker.Entries<DokumenSop>().Where(e => e.State == EntityState.Added && e.Entity.InstansId == instans.Id)
            .Select(e => new { e.Entity.LangkahKode, e.Entity.Jenis });
        var ada = stored.Concat(added).Select(d => (d.LangkahKode, d.Jenis)).ToHashSet();
        var tertunda = await penugasan.TertundaAsync(instans, cancellationToken);
        return langkah => Konteks(instans, langkah, ada) with { PenugasanTertunda = tertunda.GetValueOrDefault(langkah.Kode) };
    }

    private static KonteksTransisi Konteks(InstansSop instans, LangkahSop langkah, HashSet<(string, JenisDokumen)> ada)
    {
        var kelengkapan = langkah.KelengkapanDari.Count == 0
            ? ada.Contains((langkah.Kode, JenisDokumen.Kelengkapan))
            : langkah.KelengkapanDari.Any(k => ada.Contains((k, JenisDokumen.Output))
                && instans.Langkah.Any(l => l.Kode == k && l.Status == StatusLangkah.Selesai));
        return new KonteksTransisi(kelengkapan, ada.Contains((langkah.Kode, JenisDokumen.Output)));
    }

    public async Task<InstansDto> BacaAsync(InstansSop instans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var konteks = await KonteksAsync(instans, cancellationToken);
        var dokumen = await db.Dokumen.AsNoTracking().Where(d => d.InstansId == instans.Id)
            .OrderBy(d => d.LangkahKode).ThenBy(d => d.Jenis).ThenByDescending(d => d.Versi)
            .ToListAsync(cancellationToken);
        var unit = await direktori.UnitAsync(instans.UnitId, cancellationToken);
        var hariIni = instans.HariIni(clock.GetCurrentInstant());
        var aktif = instans.LangkahAktif;
        var rute = await penugasan.BacaAsync(instans, cancellationToken);
        var langkah = instans.Langkah.Select(l => KeDto(instans, l, aktif, hariIni, kalender, konteks(l), dokumen)
            with { Penugasan = rute.Where(r => r.LangkahKode == l.Kode).ToList() }).ToList();
        return new InstansDto(
            instans.Id, instans.KodeSop, instans.VersiSop, instans.Modul, instans.ReferensiId, instans.Judul, instans.UnitId,
            unit?.Nama ?? "-", instans.ZonaWaktu, instans.Tahun, instans.Status, instans.DibuatPada, instans.SelesaiPada, hariIni,
            aktif?.Kode, akses.BolehMengelola(instans) && instans.Status == StatusInstans.Berjalan,
            instans.Status == StatusInstans.Berjalan && akses.BolehMenjalankan(instans, aktif ?? instans.Langkah[0], PemicuLangkah.Batalkan),
            langkah);
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
            dokumen.Where(d => d.LangkahKode == l.Kode).Select(KeDto).ToList(), aksi, bolehUnggah, []);
    }

    public static DokumenDto KeDto(DokumenSop d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.LangkahKode, d.Jenis, d.Versi, d.NamaBerkas, d.JenisKonten, d.Ukuran, d.Sha256, d.DiunggahOlehNama, d.DiunggahPada);
    }
}

/// <summary>Writes the append-only audit trail.</summary>
public sealed class PencatatAudit(SopDbContext db, IClock clock, AksesSop akses)
{
    private int _urutan;

    public void Catat(InstansSop instans, string? langkahKode, string aksi, string? dari = null, string? ke = null, string? alasan = null, string? keterangan = null)
    {
        ArgumentNullException.ThrowIfNull(instans);
        var user = akses.Pengguna;
        // Ids ascend in the order entries are made (EF inserts a batch in key order, and the sequence follows it).
        var waktu = clock.GetCurrentInstant();
        db.Audit.Add(new CatatanAudit(
            Guid.CreateVersion7(waktu.ToDateTimeOffset().AddMilliseconds(_urutan++)), instans.Id, langkahKode, aksi,
            Potong(dari, 40), Potong(ke, 40), Potong(alasan, 1000), Potong(keterangan, 1000),
            user.IsAuthenticated ? user.UserId : null, user.IsAuthenticated ? user.Username : "sistem",
            user.IsAuthenticated ? user.UnitId : null, waktu));
    }

    /// <summary>Fits a text into its column, marking the cut.</summary>
    public static string? Potong(string? teks, int maks) => teks is null || teks.Length <= maks ? teks : string.Concat(teks.AsSpan(0, maks - 1), "…");

    /// <summary>An entry made by the system (deadline sweep, calendar recompute).</summary>
    public static CatatanAudit Sistem(InstansSop instans, string? langkahKode, string aksi, string? keterangan, Instant waktu)
    {
        ArgumentNullException.ThrowIfNull(instans);
        return new CatatanAudit(Guid.CreateVersion7(), instans.Id, langkahKode, aksi, null, null, null, Potong(keterangan, 1000), null, "sistem", null, waktu);
    }
}

/// <summary>Creates the SOP instance of a new activity (sent by an SOP module inside its own command, so the
/// activity and its instance commit together). Uses the SOP version in force today.</summary>
/// <param name="KodeSop">SOP code, e.g. POM-04.01-A.</param>
/// <param name="Modul">Owning module.</param>
/// <param name="ReferensiId">The activity's id in that module.</param>
/// <param name="Judul">Activity title.</param>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Tahun">Activity year.</param>
/// <param name="Penugasan">Steps routed to other units (reporters, recipients) by the module's rules.</param>
/// <param name="Output">Output wording per step code for this activity, where the SOP words it by case.</param>
public sealed record BuatInstansSopCommand(
    string KodeSop, string Modul, Guid ReferensiId, string Judul, Guid UnitId, int Tahun, IReadOnlyList<PenugasanBaru>? Penugasan = null,
    IReadOnlyDictionary<string, string>? Output = null) : ICommand<Guid>;

internal sealed class BuatInstansSopCommandValidator : AbstractValidator<BuatInstansSopCommand>
{
    public BuatInstansSopCommandValidator()
    {
        RuleFor(x => x.KodeSop).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Modul).NotEmpty().MaximumLength(60);
        RuleFor(x => x.ReferensiId).NotEmpty();
        RuleFor(x => x.Judul).NotEmpty().MaximumLength(300);
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100);
        RuleForEach(x => x.Penugasan).ChildRules(p =>
        {
            p.RuleFor(x => x.LangkahKode).NotEmpty().MaximumLength(10);
            p.RuleFor(x => x.UnitId).NotEmpty();
            p.RuleFor(x => x.Jenis).IsInEnum();
            p.RuleFor(x => x.Keterangan).NotEmpty().MaximumLength(300);
        });
    }
}

internal sealed class BuatInstansSopCommandHandler(
    SopDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, IClock clock, AksesSop akses, PencatatAudit audit, PengaturPenugasan penugasan)
    : IRequestHandler<BuatInstansSopCommand, Guid>
{
    public async Task<Guid> Handle(BuatInstansSopCommand request, CancellationToken cancellationToken)
    {
        var sop = (await mediator.Send(new Infrastructure.DaftarDefinisiSopQuery(request.KodeSop, false), cancellationToken)).Single();
        var unit = await direktori.UnitAsync(request.UnitId, cancellationToken)
            ?? throw new NotFoundException("Unit kerja tidak ditemukan.");
        var instans = new InstansSop(
            Guid.CreateVersion7(), sop, request.Modul, request.ReferensiId, request.Judul.Trim(), unit.Id, unit.ZonaWaktu, request.Tahun,
            clock.GetCurrentInstant(), akses.Pengguna.UserId);
        db.Instans.Add(instans);
        audit.Catat(instans, null, "Dibuat", ke: nameof(StatusInstans.Berjalan), keterangan: $"{sop.Kode} versi {sop.Versi}: {request.Judul.Trim()}");
        if (request.Penugasan is { Count: > 0 } || request.Output is { Count: > 0 })
        {
            await penugasan.AturAsync(instans, request.Penugasan ?? [], request.Output, cancellationToken);
        }

        return instans.Id;
    }
}

/// <summary>Reads one activity run with its steps.</summary>
public sealed record GetInstansQuery(Guid Id) : IQuery<InstansDto>;

internal sealed class GetInstansQueryValidator : AbstractValidator<GetInstansQuery>
{
    public GetInstansQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetInstansQueryHandler(PembacaInstans pembaca) : IRequestHandler<GetInstansQuery, InstansDto>
{
    public async Task<InstansDto> Handle(GetInstansQuery request, CancellationToken cancellationToken) =>
        await pembaca.BacaAsync(await pembaca.MuatAsync(request.Id, cancellationToken), cancellationToken);
}

/// <summary>Runs an action on a step: Mulai, Jeda, Lanjutkan, Ajukan, Kembalikan, Setujui or Lewati.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Kode">Step code (must be the current step).</param>
/// <param name="Aksi">The action.</param>
/// <param name="Alasan">Reason: required to pause (Jeda), return (Kembalikan) and skip (Lewati).</param>
public sealed record JalankanLangkahCommand(Guid InstansId, string Kode, PemicuLangkah? Aksi, string? Alasan) : ICommand<InstansDto>;

internal sealed class JalankanLangkahCommandValidator : AbstractValidator<JalankanLangkahCommand>
{
    public JalankanLangkahCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.Aksi).NotNull().WithMessage("aksi wajib diisi.")
            .Must(a => a != PemicuLangkah.Batalkan).WithMessage("Gunakan pembatalan kegiatan untuk membatalkan.");
        RuleFor(x => x.Alasan).MaximumLength(1000);
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi untuk menjeda, mengembalikan atau melewati langkah.")
            .When(x => x.Aksi is PemicuLangkah.Jeda or PemicuLangkah.Kembalikan or PemicuLangkah.Lewati);
    }
}

internal sealed class JalankanLangkahCommandHandler(
    SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IKalenderHariKerjaSource kalenderSource, IClock clock,
    IIntegrationEvents events, PengaturPenugasan penugasan)
    : IRequestHandler<JalankanLangkahCommand, InstansDto>
{
    public async Task<InstansDto> Handle(JalankanLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        var aksi = request.Aksi!.Value;
        akses.PastikanBolehMenjalankan(instans, langkah, aksi);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var konteks = await pembaca.KonteksAsync(instans, cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var perubahan = instans.Jalankan(langkah.Kode, aksi, sekarang, kalender, konteks, request.Alasan);
        foreach (var p in perubahan)
        {
            var keterangan = p.Langkah.JatuhTempo is { } jt && p.Ke == StatusLangkah.Berjalan
                ? $"Jatuh tempo {jt:yyyy-MM-dd} ({p.Langkah.WaktuHk} HK)"
                : null;
            audit.Catat(instans, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), p.Aksi == "MulaiOtomatis" ? null : request.Alasan?.Trim(), keterangan);
            await TerbitkanAsync(instans, p, kalender, sekarang, cancellationToken);
        }

        await penugasan.BeritahuAsync(instans, perubahan, cancellationToken);
        if (instans.Status == StatusInstans.Selesai)
        {
            audit.Catat(instans, null, "KegiatanSelesai", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Selesai));
            await events.PublishAsync(new KegiatanSopSelesai(Asal(instans), sekarang), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }

    internal static AsalKegiatan Asal(InstansSop i) => new(i.Id, i.KodeSop, i.Modul, i.ReferensiId, i.UnitId, i.Tahun);

    private Task TerbitkanAsync(InstansSop instans, PerubahanLangkah p, KalenderHariKerja kalender, Instant sekarang, CancellationToken ct)
    {
        var l = p.Langkah;
        INotification? n = p.Ke switch
        {
            StatusLangkah.Berjalan when p.Dari == StatusLangkah.Menunggu => new LangkahDimulai(Asal(instans), l.Kode, l.TanggalMulai!.Value, l.JatuhTempo, sekarang, l.WaktuHk),
            StatusLangkah.Diajukan => new LangkahDiajukan(Asal(instans), l.Kode, l.TanggalDiajukan!.Value, sekarang),
            StatusLangkah.Selesai => Selesai(l),
            StatusLangkah.Dilewati => new LangkahDilewati(Asal(instans), l.Kode, sekarang),
            _ => null,
        };
        return n is null ? Task.CompletedTask : events.PublishAsync(n, ct);

        LangkahSelesai Selesai(LangkahSop langkah)
        {
            var sla = langkah.JatuhTempo is null ? null : langkah.Sla(langkah.TanggalSelesai!.Value, kalender);
            return new LangkahSelesai(
                Asal(instans), langkah.Kode, langkah.TanggalSelesai!.Value, langkah.JatuhTempo, sla is null ? null : sla.Status == StatusSla.SelesaiTepatWaktu,
                sekarang, sla?.HkTerpakai, langkah.WaktuHk);
        }
    }
}

/// <summary>Sets (or clears) the planned finish date of a step without an HK deadline (N/A).</summary>
public sealed record TetapkanRencanaLangkahCommand(Guid InstansId, string Kode, LocalDate? RencanaSelesai) : ICommand<InstansDto>;

internal sealed class TetapkanRencanaLangkahCommandValidator : AbstractValidator<TetapkanRencanaLangkahCommand>
{
    public TetapkanRencanaLangkahCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
        RuleFor(x => x.RencanaSelesai).Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100))
            .WithMessage("rencanaSelesai harus antara tahun 2000 dan 2100.");
    }
}

internal sealed class TetapkanRencanaLangkahCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IClock clock)
    : IRequestHandler<TetapkanRencanaLangkahCommand, InstansDto>
{
    public async Task<InstansDto> Handle(TetapkanRencanaLangkahCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var langkah = PembacaInstans.CariLangkah(instans, request.Kode);
        if (!akses.BolehMelaksanakan(instans, langkah))
        {
            throw new ForbiddenException($"Anda bukan pelaksana langkah {langkah.Kode} pada unit kegiatan ini.");
        }

        var lama = langkah.RencanaSelesai;
        instans.TetapkanRencana(langkah.Kode, request.RencanaSelesai, clock.GetCurrentInstant());
        audit.Catat(instans, langkah.Kode, "TetapkanRencana", lama?.ToString("yyyy-MM-dd", null), request.RencanaSelesai?.ToString("yyyy-MM-dd", null));
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }
}

/// <summary>Cancels an activity (head of the performing unit): its unfinished steps are cancelled with the reason.</summary>
public sealed record BatalkanInstansCommand(Guid InstansId, string Alasan) : ICommand<InstansDto>;

internal sealed class BatalkanInstansCommandValidator : AbstractValidator<BatalkanInstansCommand>
{
    public BatalkanInstansCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan wajib diisi.").MaximumLength(1000);
    }
}

internal sealed class BatalkanInstansCommandHandler(SopDbContext db, PembacaInstans pembaca, AksesSop akses, PencatatAudit audit, IIntegrationEvents events, IClock clock)
    : IRequestHandler<BatalkanInstansCommand, InstansDto>
{
    public async Task<InstansDto> Handle(BatalkanInstansCommand request, CancellationToken cancellationToken)
    {
        var instans = await pembaca.MuatAsync(request.InstansId, cancellationToken);
        akses.PastikanBolehMenjalankan(instans, instans.LangkahAktif ?? instans.Langkah[0], PemicuLangkah.Batalkan);
        foreach (var p in instans.Batalkan(request.Alasan, clock.GetCurrentInstant()))
        {
            audit.Catat(instans, p.Langkah.Kode, p.Aksi, p.Dari.ToString(), p.Ke.ToString(), request.Alasan.Trim());
        }

        audit.Catat(instans, null, "KegiatanDibatalkan", nameof(StatusInstans.Berjalan), nameof(StatusInstans.Dibatalkan), request.Alasan.Trim());
        await events.PublishAsync(new KegiatanSopDibatalkan(JalankanLangkahCommandHandler.Asal(instans), clock.GetCurrentInstant()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.BacaAsync(instans, cancellationToken);
    }
}

/// <summary>An audit entry as shown to users.</summary>
public sealed record AuditDto(
    Guid Id, string? LangkahKode, string Aksi, string? Dari, string? Ke, string? Alasan, string? Keterangan, string Oleh, string? Unit, Instant Waktu);

/// <summary>The audit trail of one activity, oldest first.</summary>
public sealed record DaftarAuditQuery(Guid InstansId) : IQuery<IReadOnlyList<AuditDto>>;

internal sealed class DaftarAuditQueryValidator : AbstractValidator<DaftarAuditQuery>
{
    public DaftarAuditQueryValidator() => RuleFor(x => x.InstansId).NotEmpty();
}

internal sealed class DaftarAuditQueryHandler(SopDbContext db, PembacaInstans pembaca, IDirektoriOrganisasi direktori)
    : IRequestHandler<DaftarAuditQuery, IReadOnlyList<AuditDto>>
{
    public async Task<IReadOnlyList<AuditDto>> Handle(DaftarAuditQuery request, CancellationToken cancellationToken)
    {
        await pembaca.MuatAsync(request.InstansId, cancellationToken);
        var rows = await db.Audit.AsNoTracking().Where(a => a.InstansId == request.InstansId)
            .OrderBy(a => a.Urutan).ToListAsync(cancellationToken);
        var unit = await direktori.NamaUnitAsync(rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).ToList(), cancellationToken);

        return rows.Select(a => new AuditDto(
            a.Id, a.LangkahKode, a.Aksi, a.Dari, a.Ke, a.Alasan, a.Keterangan, a.NamaPengguna,
            a.UnitId is { } u ? unit.GetValueOrDefault(u, "-") : null, a.Waktu)).ToList();
    }
}

/// <summary>Where activities stand, for module lists: current step, its due date and SLA.</summary>
public sealed record RingkasanInstansDto(
    Guid InstansId, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkahAktif,
    LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>Summaries of the given activity runs (the caller has already scoped them to what the user may read).</summary>
public sealed record RingkasanInstansQuery(IReadOnlyList<Guid> InstansIds) : IQuery<IReadOnlyDictionary<Guid, RingkasanInstansDto>>;

internal sealed class RingkasanInstansQueryValidator : AbstractValidator<RingkasanInstansQuery>
{
    public RingkasanInstansQueryValidator() => RuleFor(x => x.InstansIds).NotNull();
}

internal sealed class RingkasanInstansQueryHandler(SopDbContext db, IKalenderHariKerjaSource kalenderSource, IClock clock)
    : IRequestHandler<RingkasanInstansQuery, IReadOnlyDictionary<Guid, RingkasanInstansDto>>
{
    public async Task<IReadOnlyDictionary<Guid, RingkasanInstansDto>> Handle(RingkasanInstansQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        var rows = await db.Instans.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        return rows.ToDictionary(i => i.Id, i =>
        {
            var aktif = i.LangkahAktif;
            var sla = aktif?.Sla(i.HariIni(sekarang), kalender);
            return new RingkasanInstansDto(
                i.Id, i.Status, aktif?.Kode, aktif?.Nama, aktif?.Status, sla?.JatuhTempo, sla?.HkTersisa, sla?.Status,
                sla?.Status == StatusSla.Terlambat);
        });
    }
}

/// <summary>Records an edit an SOP module made to its activity data (title, stakeholders, …) in the activity's
/// audit trail: <c>Dari</c>/<c>Ke</c> are short states; the before/after text goes in <c>Keterangan</c>. Sent by the module inside its own command after it has authorised the edit.</summary>
/// <param name="InstansId">Activity run.</param>
/// <param name="Aksi">What was done (e.g. UbahKegiatan).</param>
/// <param name="Dari">Short state before.</param>
/// <param name="Ke">Short state after.</param>
/// <param name="Keterangan">Before/after text.</param>
/// <param name="JudulBaru">The activity's new title, when it changed: the run (Tugas Saya, lists, notifications) follows.</param>
public sealed record CatatAuditKegiatanCommand(Guid InstansId, string Aksi, string? Dari, string? Ke, string? Keterangan, string? JudulBaru = null) : ICommand<Unit>;

internal sealed class CatatAuditKegiatanCommandValidator : AbstractValidator<CatatAuditKegiatanCommand>
{
    public CatatAuditKegiatanCommandValidator()
    {
        RuleFor(x => x.InstansId).NotEmpty();
        RuleFor(x => x.Aksi).NotEmpty().MaximumLength(60);
        RuleFor(x => x.Dari).MaximumLength(40);
        RuleFor(x => x.Ke).MaximumLength(40);
        RuleFor(x => x.Keterangan).MaximumLength(1000);
        RuleFor(x => x.JudulBaru).MaximumLength(300);
    }
}

internal sealed class CatatAuditKegiatanCommandHandler(SopDbContext db, PencatatAudit audit, IClock clock) : IRequestHandler<CatatAuditKegiatanCommand, Unit>
{
    public async Task<Unit> Handle(CatatAuditKegiatanCommand request, CancellationToken cancellationToken)
    {
        var instans = await db.Instans.SingleOrDefaultAsync(i => i.Id == request.InstansId, cancellationToken)
            ?? throw new NotFoundException("Kegiatan tidak ditemukan.");
        instans.Sentuh(clock.GetCurrentInstant());
        if (!string.IsNullOrWhiteSpace(request.JudulBaru))
        {
            instans.UbahJudul(request.JudulBaru);
        }

        audit.Catat(instans, null, request.Aksi, request.Dari, request.Ke, keterangan: request.Keterangan);
        return Unit.Value;
    }
}

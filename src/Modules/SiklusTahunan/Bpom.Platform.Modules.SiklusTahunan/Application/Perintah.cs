using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.BuildingBlocks.Infrastructure.Modules;
using Bpom.Platform.Modules.Organisasi.Contracts;
using Bpom.Platform.Modules.SiklusTahunan.Domain;
using Bpom.Platform.Modules.SiklusTahunan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>Opens the cycle of year <paramref name="Tahun"/> of an SOP (once), or adds units to an open one.</summary>
/// <param name="KodeSop">SOP A, B or C.</param>
/// <param name="Tahun">Year n.</param>
/// <param name="UnitTambahan">Units an admin adds besides the year's participants.</param>
internal sealed record BukaSiklusCommand(string KodeSop, int Tahun, IReadOnlyList<Guid>? UnitTambahan = null) : ICommand<int>;

internal sealed class BukaSiklusCommandValidator : AbstractValidator<BukaSiklusCommand>
{
    public BukaSiklusCommandValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
        RuleForEach(x => x.UnitTambahan).NotEmpty();
    }
}

/// <summary>
/// Opening: one report per unit that took part in year n (the performing units of its activities; for SOP B also the
/// units a step was routed to) plus those an admin adds, each an engine run whose report step starts today with its
/// HK deadline; a Loka's report is approved by its koordinator Balai. The recap run is created for the coordinating
/// Unit Kerja Pusat, waiting. Opening again opens nothing twice. Returns the number of reports created.
/// </summary>
internal sealed class BukaSiklusCommandHandler(
    SiklusTahunanDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, IOptions<OpsiSiklusTahunan> opsi, IClock clock, ICurrentUser user,
    ILogger<BukaSiklusCommandHandler> log)
    : IRequestHandler<BukaSiklusCommand, int>
{
    public async Task<int> Handle(BukaSiklusCommand request, CancellationToken cancellationToken)
    {
        var sop = LangkahSiklus.Cari(request.KodeSop)!;
        var sekarang = clock.GetCurrentInstant();
        var hariIni = LangkahSiklus.HariIni(sekarang);
        var siklus = await db.Siklus.SingleOrDefaultAsync(s => s.KodeSop == sop.KodeSop && s.Tahun == request.Tahun, cancellationToken);
        var unit = new List<Guid>(request.UnitTambahan ?? []);
        if (siklus is null)
        {
            if (request.Tahun >= hariIni.Year)
            {
                throw new DomainException($"Siklus tahun {request.Tahun} baru dapat dibuka setelah tahun itu berakhir.");
            }

            unit.AddRange(await mediator.Send(new UnitPesertaSopQuery(sop.KodeSop, request.Tahun, sop.TermasukUnitTujuan), cancellationToken));
            if (unit.Count == 0)
            {
                // Nobody took part (yet): nothing to open; the job looks again tomorrow, an admin may add a unit.
                return 0;
            }

            var nama = opsi.Value.Koordinator.GetValueOrDefault(sop.KodeSop)
                ?? throw new InvalidOperationException($"SiklusTahunan:Koordinator:{sop.KodeSop} is not configured.");
            var koordinator = (await direktori.UnitBerdasarkanNamaAsync([nama], cancellationToken)).GetValueOrDefault(nama)
                ?? throw new DomainException($"Unit koordinator \"{nama}\" tidak ditemukan; periksa pengaturan SiklusTahunan:Koordinator.");
            siklus = new SiklusSop(Guid.CreateVersion7(), sop.KodeSop, request.Tahun, hariIni, hariIni, koordinator.Id, sekarang);
            db.Siklus.Add(siklus);
            var rekap = await mediator.Send(
                new BuatInstansSopCommand(
                    sop.KodeSop, ModulSop.SiklusTahunan, siklus.Id, $"Rekapitulasi laporan tahunan {sop.Singkat} {request.Tahun}", koordinator.Id, request.Tahun,
                    Indeks: new IndeksKegiatan(hariIni), Langkah: sop.LangkahRekap),
                cancellationToken);
            siklus.HubungkanRekap(rekap);
        }

        var sudah = await db.Laporan.Where(l => l.SiklusId == siklus.Id).Select(l => l.UnitId).ToListAsync(cancellationToken);
        var baru = unit.Distinct().Except(sudah).ToList();
        var info = (await mediator.Send(new DaftarUnitKerjaRingkasQuery(baru), cancellationToken)).ToDictionary(u => u.Id);
        var tidakAda = baru.Where(u => !info.ContainsKey(u)).ToList();
        if (tidakAda.Count > 0)
        {
            throw new NotFoundException($"Unit tidak ditemukan: {string.Join(", ", tidakAda)}.");
        }

        var dibuat = new List<LaporanTahunan>();
        foreach (var u in baru.Select(b => info[b]).OrderBy(u => u.Nama, StringComparer.Ordinal))
        {
            var penyetuju = u.Jenis == "LokaPom" ? u.KoordinatorId : null;
            var laporan = new LaporanTahunan(Guid.CreateVersion7(), siklus, u.Id, penyetuju, request.UnitTambahan?.Contains(u.Id) == true && user.IsAuthenticated, sekarang);
            db.Laporan.Add(laporan);
            laporan.HubungkanInstans(await mediator.Send(
                new BuatInstansSopCommand(
                    sop.KodeSop, ModulSop.SiklusTahunan, laporan.Id, $"Laporan tahunan {sop.Singkat} {request.Tahun} — {u.Nama}", u.Id, request.Tahun,
                    Indeks: new IndeksKegiatan(hariIni), Langkah: [sop.Laporan], PenyetujuUnitId: penyetuju, MulaiLangkahPertama: true),
                cancellationToken));
            dibuat.Add(laporan);
        }

        if (dibuat.Count > 0)
        {
            var jatuhTempo = (await mediator.Send(new PosisiLangkahQuery(dibuat.Select(l => l.InstansId).ToList()), cancellationToken))
                .Select(p => p.JatuhTempo).Where(j => j is not null).Max();
            if (jatuhTempo is { } jt && jt > siklus.BatasLaporan && siklus.RekapDimulaiPada is null)
            {
                siklus.TetapkanBatasLaporan(jt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Siklus tahunan {KodeSop} {Tahun}: {Jumlah} laporan unit dibuka.", sop.KodeSop, request.Tahun, dibuat.Count);
        return dibuat.Count;
    }
}

/// <summary>Starts the recap step of a cycle when every report is accepted or the reports' window has passed
/// (whichever first); returns whether it started now.</summary>
internal sealed record MulaiRekapCommand(Guid SiklusId) : ICommand<bool>;

internal sealed class MulaiRekapCommandValidator : AbstractValidator<MulaiRekapCommand>
{
    public MulaiRekapCommandValidator() => RuleFor(x => x.SiklusId).NotEmpty();
}

internal sealed class MulaiRekapCommandHandler(SiklusTahunanDbContext db, IMediator mediator, IClock clock) : IRequestHandler<MulaiRekapCommand, bool>
{
    public async Task<bool> Handle(MulaiRekapCommand request, CancellationToken cancellationToken)
    {
        var siklus = await db.Siklus.SingleOrDefaultAsync(s => s.Id == request.SiklusId, cancellationToken);
        if (siklus is null || siklus.RekapDimulaiPada is not null)
        {
            return false;
        }

        var sop = LangkahSiklus.Cari(siklus.KodeSop)!;
        var sekarang = clock.GetCurrentInstant();
        var hariIni = LangkahSiklus.HariIni(sekarang);
        var instans = await db.Laporan.Where(l => l.SiklusId == siklus.Id).Select(l => l.InstansId).ToListAsync(cancellationToken);
        var posisi = await mediator.Send(new PosisiLangkahQuery(instans), cancellationToken);
        var semuaMasuk = posisi.All(p => p.Status == StatusLangkah.Selesai);
        if (!semuaMasuk && hariIni <= siklus.BatasLaporan)
        {
            return false;
        }

        var alasan = semuaMasuk
            ? $"Semua {instans.Count} laporan tahunan telah diterima"
            : $"Batas laporan tahunan {siklus.BatasLaporan:yyyy-MM-dd} terlewati; {posisi.Count(p => p.Status != StatusLangkah.Selesai)} laporan belum masuk dan tetap digabungkan saat masuk";
        await mediator.Send(new MulaiLangkahSistemCommand(siklus.RekapInstansId, sop.Rekap, alasan), cancellationToken);
        siklus.RekapDimulai(sekarang);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>A report accepted: the recap may start now (every report in).</summary>
internal sealed class PemicuRekap(SiklusTahunanDbContext db, IMediator mediator) : INotificationHandler<LangkahSelesai>
{
    public async Task Handle(LangkahSelesai notification, CancellationToken cancellationToken)
    {
        if (notification.Asal.Modul != ModulSop.SiklusTahunan || LangkahSiklus.Cari(notification.Asal.KodeSop)?.Laporan != notification.LangkahKode)
        {
            return;
        }

        var siklusId = await db.Laporan.AsNoTracking().Where(l => l.Id == notification.Asal.ReferensiId).Select(l => (Guid?)l.SiklusId)
            .SingleOrDefaultAsync(cancellationToken);
        if (siklusId is { } id)
        {
            await mediator.Send(new MulaiRekapCommand(id), cancellationToken);
        }
    }
}

/// <summary>
/// The cycle's daily job (Hangfire): opens the cycle of last year of every SOP on its opening day (the first working
/// day on or after <see cref="OpsiSiklusTahunan.TanggalBuka"/>) and starts the recaps whose window has passed.
/// </summary>
internal sealed class PemantauSiklusTahunan(
    SiklusTahunanDbContext db, IMediator mediator, IKalenderHariKerjaSource kalenderSource, IOptions<OpsiSiklusTahunan> opsi, IClock clock)
    : IJobBerulang
{
    public async Task JalankanAsync(CancellationToken cancellationToken)
    {
        var hariIni = LangkahSiklus.HariIni(clock.GetCurrentInstant());
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var tahun = hariIni.Year - 1;
        foreach (var sop in LangkahSiklus.Semua)
        {
            if (hariIni >= opsi.Value.HariBuka(tahun, kalender)
                && !await db.Siklus.AnyAsync(s => s.KodeSop == sop.KodeSop && s.Tahun == tahun, cancellationToken))
            {
                await mediator.Send(new BukaSiklusCommand(sop.KodeSop, tahun), cancellationToken);
            }
        }

        foreach (var id in await db.Siklus.Where(s => s.RekapDimulaiPada == null).Select(s => s.Id).ToListAsync(cancellationToken))
        {
            await mediator.Send(new MulaiRekapCommand(id), cancellationToken);
        }
    }
}

/// <summary>Saves the unit's narrative of its report (capaian, kendala, rencana tindak lanjut) while it is a draft
/// or returned; <paramref name="Versi"/> (the version read) guards against overwriting a colleague's edit.</summary>
internal sealed record UbahNarasiCommand(string KodeSop, int Tahun, Guid UnitId, string? Capaian, string? Kendala, string? RencanaTindakLanjut, int? Versi)
    : ICommand<LaporanTahunanDto>;

internal sealed class UbahNarasiCommandValidator : AbstractValidator<UbahNarasiCommand>
{
    public UbahNarasiCommandValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Capaian).MaximumLength(20000).OverridePropertyName("capaian");
        RuleFor(x => x.Kendala).MaximumLength(20000).OverridePropertyName("kendala");
        RuleFor(x => x.RencanaTindakLanjut).MaximumLength(20000).OverridePropertyName("rencanaTindakLanjut");
        RuleFor(x => x.Versi).GreaterThanOrEqualTo(0).WithMessage("versi tidak boleh negatif.").OverridePropertyName("versi");
    }
}

internal sealed class UbahNarasiCommandHandler(SiklusTahunanDbContext db, PembacaSiklus pembaca, ICurrentUser user, IClock clock)
    : IRequestHandler<UbahNarasiCommand, LaporanTahunanDto>
{
    public async Task<LaporanTahunanDto> Handle(UbahNarasiCommand request, CancellationToken cancellationToken)
    {
        var sop = LangkahSiklus.Cari(request.KodeSop)!;
        var sekarang = await pembaca.LaporanAsync(sop, request.Tahun, request.UnitId, cancellationToken);
        if (sekarang.Unit.LaporanId is not { } id)
        {
            throw new DomainException("Siklus tahunan belum dibuka; narasi dapat diisi setelah laporan tahunan dibuka.");
        }

        if (!sekarang.BolehUbah)
        {
            throw sekarang.Unit.Status is StatusLaporan.Draf or StatusLaporan.Dikembalikan
                ? new ForbiddenException("Narasi laporan diisi oleh unit pelapor.")
                : new DomainException($"Laporan berstatus {sekarang.Unit.Status}; narasi tidak dapat diubah.");
        }

        var laporan = await db.Laporan.SingleAsync(l => l.Id == id, cancellationToken);
        if (request.Versi is { } versi && versi != laporan.Versi)
        {
            throw new DbUpdateConcurrencyException("Laporan telah diubah oleh pengguna lain; muat ulang lalu ulangi perubahan.");
        }

        laporan.UbahNarasi(request.Capaian ?? string.Empty, request.Kendala ?? string.Empty, request.RencanaTindakLanjut ?? string.Empty, user.UserId, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.LaporanAsync(sop, request.Tahun, request.UnitId, cancellationToken);
    }
}

/// <summary>A directive of Pimpinan on the cycle's recap: one tracked item per addressed unit.</summary>
internal sealed record BeriArahanCommand(string KodeSop, int Tahun, string? Uraian, IReadOnlyList<Guid>? UnitIds, LocalDate? TargetTanggal) : ICommand<SiklusTahunanDto>;

internal sealed class BeriArahanCommandValidator : AbstractValidator<BeriArahanCommand>
{
    public BeriArahanCommandValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Uraian).NotEmpty().WithMessage("Uraian arahan wajib diisi.").MaximumLength(2000).OverridePropertyName("uraian");
        RuleFor(x => x.UnitIds).NotEmpty().WithMessage("Pilih minimal satu unit tujuan.").OverridePropertyName("unitIds");
        RuleFor(x => x.TargetTanggal).TanggalWajar().OverridePropertyName("targetTanggal");
        RuleFor(x => x.TargetTanggal).NotNull().WithMessage("Target tanggal wajib diisi.").OverridePropertyName("targetTanggal");
        RuleFor(x => x.TargetTanggal).Must((x, t) => t is null || t.Value.Year >= x.Tahun).WithMessage("Target tanggal tidak boleh sebelum tahun siklus.")
            .OverridePropertyName("targetTanggal");
    }
}

internal sealed class BeriArahanCommandHandler(PembacaSiklus pembaca, IMediator mediator) : IRequestHandler<BeriArahanCommand, SiklusTahunanDto>
{
    public async Task<SiklusTahunanDto> Handle(BeriArahanCommand request, CancellationToken cancellationToken)
    {
        var sop = LangkahSiklus.Cari(request.KodeSop)!;
        var siklus = await pembaca.SiklusAsync(sop.KodeSop, request.Tahun, cancellationToken)
            ?? throw new NotFoundException("Siklus tahunan belum dibuka.");
        await mediator.Send(
            new CatatArahanCommand(siklus.RekapInstansId, sop.Arahan, sop.Monev, request.Uraian!, request.UnitIds!, request.TargetTanggal!.Value), cancellationToken);
        return await pembaca.BacaAsync(sop, request.Tahun, null, cancellationToken);
    }
}

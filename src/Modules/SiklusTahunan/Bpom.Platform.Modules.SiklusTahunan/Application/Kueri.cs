using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpom.Platform.Modules.SiklusTahunan.Application;

/// <summary>An SOP's cycle of a year (or its preview before it opens).</summary>
internal sealed record GetSiklusTahunanQuery(string KodeSop, int Tahun) : IQuery<SiklusTahunanDto>;

/// <summary>One unit's annual report (or its preview).</summary>
internal sealed record GetLaporanTahunanQuery(string KodeSop, int Tahun, Guid UnitId) : IQuery<LaporanTahunanDto>;

/// <summary>A file to download.</summary>
internal sealed record BerkasSiklus(string NamaBerkas, string JenisKonten, byte[] Isi);

/// <summary>A unit's report as Word.</summary>
internal sealed record UnduhLaporanTahunanQuery(string KodeSop, int Tahun, Guid UnitId) : IQuery<BerkasSiklus>;

/// <summary>The recap as Word or XLSX.</summary>
internal sealed record UnduhRekapQuery(string KodeSop, int Tahun, bool Xlsx) : IQuery<BerkasSiklus>;

/// <summary>The recommendations of year n's cycle a unit may plan a year n+1 activity on: the directive items
/// addressed to the units the user reads (every item for Unit Kerja Pusat, Pimpinan, Admin) and the coordinating
/// unit's own recommendations of the monev.</summary>
internal sealed record DaftarRekomendasiSiklusQuery(string KodeSop, int Tahun) : IQuery<IReadOnlyList<ArahanDto>>;

internal sealed class KueriSiklusValidator : AbstractValidator<GetSiklusTahunanQuery>
{
    public KueriSiklusValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
    }
}

internal sealed class KueriLaporanValidator : AbstractValidator<GetLaporanTahunanQuery>
{
    public KueriLaporanValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
        RuleFor(x => x.UnitId).NotEmpty().OverridePropertyName("unitId");
    }
}

internal sealed class UnduhLaporanValidator : AbstractValidator<UnduhLaporanTahunanQuery>
{
    public UnduhLaporanValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
        RuleFor(x => x.UnitId).NotEmpty().OverridePropertyName("unitId");
    }
}

internal sealed class UnduhRekapValidator : AbstractValidator<UnduhRekapQuery>
{
    public UnduhRekapValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
    }
}

internal sealed class DaftarRekomendasiSiklusValidator : AbstractValidator<DaftarRekomendasiSiklusQuery>
{
    public DaftarRekomendasiSiklusValidator()
    {
        RuleFor(x => x.KodeSop).KodeSopSiklus();
        RuleFor(x => x.Tahun).TahunSiklus();
    }
}

internal sealed class KueriSiklusHandler(PembacaSiklus pembaca, IKalenderHariKerjaSource kalender, IOptions<OpsiSiklusTahunan> opsi, IMediator mediator)
    : IRequestHandler<GetSiklusTahunanQuery, SiklusTahunanDto>, IRequestHandler<GetLaporanTahunanQuery, LaporanTahunanDto>,
        IRequestHandler<UnduhLaporanTahunanQuery, BerkasSiklus>, IRequestHandler<UnduhRekapQuery, BerkasSiklus>,
        IRequestHandler<DaftarRekomendasiSiklusQuery, IReadOnlyList<ArahanDto>>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<SiklusTahunanDto> Handle(GetSiklusTahunanQuery request, CancellationToken cancellationToken) =>
        await pembaca.BacaAsync(LangkahSiklus.Cari(request.KodeSop)!, request.Tahun, opsi.Value.HariBuka(request.Tahun, await kalender.GetAsync(cancellationToken)), cancellationToken);

    public Task<LaporanTahunanDto> Handle(GetLaporanTahunanQuery request, CancellationToken cancellationToken) =>
        pembaca.LaporanAsync(LangkahSiklus.Cari(request.KodeSop)!, request.Tahun, request.UnitId, cancellationToken);

    public async Task<BerkasSiklus> Handle(UnduhLaporanTahunanQuery request, CancellationToken cancellationToken)
    {
        var sop = LangkahSiklus.Cari(request.KodeSop)!;
        var laporan = await pembaca.LaporanAsync(sop, request.Tahun, request.UnitId, cancellationToken);
        return new BerkasSiklus(
            NamaBerkas($"Laporan-Tahunan-{sop.KodeSop}-{request.Tahun}-{laporan.Unit.NamaUnit}", "docx"), Docx, DokumenSiklus.Laporan(laporan));
    }

    public async Task<BerkasSiklus> Handle(UnduhRekapQuery request, CancellationToken cancellationToken)
    {
        var sop = LangkahSiklus.Cari(request.KodeSop)!;
        var siklus = await Handle(new GetSiklusTahunanQuery(request.KodeSop, request.Tahun), cancellationToken);
        if (siklus.Status == "Pratinjau")
        {
            throw new NotFoundException("Siklus tahunan belum dibuka; rekap tersedia setelah laporan unit dibuka.");
        }

        if (siklus.Rekap is null)
        {
            throw new ForbiddenException("Rekap nasional dibaca oleh Unit Kerja Pusat, Pimpinan dan Admin.");
        }

        var nama = $"Rekap-Laporan-Tahunan-{sop.KodeSop}-{request.Tahun}";
        return request.Xlsx
            ? new BerkasSiklus(NamaBerkas(nama, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DokumenSiklus.RekapXlsx(siklus))
            : new BerkasSiklus(NamaBerkas(nama, "docx"), Docx, DokumenSiklus.Rekap(siklus, sop.Singkat));
    }

    public async Task<IReadOnlyList<ArahanDto>> Handle(DaftarRekomendasiSiklusQuery request, CancellationToken cancellationToken)
    {
        var siklus = await pembaca.SiklusAsync(LangkahSiklus.Cari(request.KodeSop)!.KodeSop, request.Tahun, cancellationToken);
        if (siklus is null)
        {
            return [];
        }

        var cakupan = await pembaca.CakupanAsync(cancellationToken);
        var semua = await mediator.Send(new DaftarArahanQuery([siklus.RekapInstansId]), cancellationToken);
        return cakupan is null ? semua : semua.Where(a => a.UnitTujuanId is null || cakupan.Contains(a.UnitTujuanId.Value)).ToList();
    }

    private static string NamaBerkas(string nama, string ekstensi) =>
        $"{new string(nama.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray())}.{ekstensi}";
}

/// <summary>Where a cycle's engine run leads (a unit's report or the cycle's recap), for links from Tugas Saya and
/// notifications (their <c>referensiId</c>).</summary>
internal sealed record ReferensiSiklusDto(string KodeSop, int Tahun, Guid? UnitId);

/// <summary>Resolves a <c>referensiId</c> of module SiklusTahunan; 404 when it is not the user's to read.</summary>
internal sealed record ReferensiSiklusQuery(Guid Id) : IQuery<ReferensiSiklusDto>;

internal sealed class ReferensiSiklusQueryValidator : AbstractValidator<ReferensiSiklusQuery>
{
    public ReferensiSiklusQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class ReferensiSiklusQueryHandler(Infrastructure.Persistence.SiklusTahunanDbContext db, PembacaSiklus pembaca)
    : IRequestHandler<ReferensiSiklusQuery, ReferensiSiklusDto>
{
    public async Task<ReferensiSiklusDto> Handle(ReferensiSiklusQuery request, CancellationToken cancellationToken)
    {
        var laporan = await db.Laporan.AsNoTracking().Where(l => l.Id == request.Id)
            .Select(l => new { l.KodeSop, l.Tahun, l.UnitId }).SingleOrDefaultAsync(cancellationToken);
        if (laporan is not null)
        {
            var cakupan = await pembaca.CakupanAsync(cancellationToken);
            return cakupan is null || cakupan.Contains(laporan.UnitId)
                ? new ReferensiSiklusDto(laporan.KodeSop, laporan.Tahun, laporan.UnitId)
                : throw new NotFoundException("Laporan tahunan tidak ditemukan.");
        }

        var siklus = await db.Siklus.AsNoTracking().Where(s => s.Id == request.Id).Select(s => new { s.KodeSop, s.Tahun }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Siklus tahunan tidak ditemukan.");
        return new ReferensiSiklusDto(siklus.KodeSop, siklus.Tahun, null);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Advokasi.Domain;
using Bpom.Platform.Modules.Advokasi.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Advokasi.Application;

/// <summary>What a user enters for a Kegiatan Advokasi.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Topik">Topic / material.</param>
/// <param name="Komoditas">Obat, ObatTradisional, SuplemenKesehatan, Kosmetik or PanganOlahan.</param>
/// <param name="PemangkuKepentingan">Stakeholders advocated: at least one, each of one of the seven kinds, with a name.</param>
/// <param name="Bentuk">Fgd, Audiensi, Workshop or Lainnya.</param>
/// <param name="BentukLainnya">The form, when Lainnya.</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end (not before the start).</param>
/// <param name="DasarKegiatan">Basis: recommendation/study or leadership disposition (number and subject). Upload the
/// document itself as step A1's Kelengkapan.</param>
public record DataKegiatanAdvokasi(
    string Judul,
    string Topik,
    Komoditas? Komoditas,
    IReadOnlyList<PemangkuKepentingan>? PemangkuKepentingan,
    BentukAdvokasi? Bentuk,
    string? BentukLainnya,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    string DasarKegiatan);

internal sealed class DataKegiatanAdvokasiRules<T> : AbstractValidator<T>
    where T : DataKegiatanAdvokasi
{
    public DataKegiatanAdvokasiRules()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Topik).NotEmpty().WithMessage("Topik wajib diisi.").MaximumLength(500);
        RuleFor(x => x.Komoditas).NotNull().WithMessage("Komoditas wajib dipilih.").IsInEnum();
        RuleFor(x => x.PemangkuKepentingan).NotEmpty().WithMessage("Pilih sekurang-kurangnya satu pemangku kepentingan.");
        RuleForEach(x => x.PemangkuKepentingan).ChildRules(p =>
        {
            p.RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis pemangku kepentingan tidak dikenal.");
            p.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama pemangku kepentingan wajib diisi.").MaximumLength(200);
        });
        RuleFor(x => x.PemangkuKepentingan).Must(p => p is null || p.Count <= 50).WithMessage("Paling banyak 50 pemangku kepentingan.");
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.BentukLainnya).NotEmpty().WithMessage("Sebutkan bentuk kegiatan lainnya.").MaximumLength(100)
            .When(x => x.Bentuk == BentukAdvokasi.Lainnya);
        RuleFor(x => x.Lokasi).NotEmpty().WithMessage("Lokasi wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TanggalRencanaMulai).NotNull().WithMessage("Tanggal rencana mulai wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.TanggalRencanaSelesai).NotNull().WithMessage("Tanggal rencana selesai wajib diisi.")
            .Must((x, d) => d is null || x.TanggalRencanaMulai is null || d >= x.TanggalRencanaMulai)
            .WithMessage("Tanggal rencana selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi.").MaximumLength(500);
    }
}

/// <summary>A Kegiatan Advokasi in a list: where it stands on the SOP.</summary>
public sealed record KegiatanAdvokasiRingkasDto(
    Guid Id, Guid InstansId, string Judul, Komoditas Komoditas, BentukAdvokasi Bentuk, Guid UnitId, string NamaUnit, int Tahun,
    LocalDate TanggalRencanaMulai, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkah,
    LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Advokasi with its SOP run (steps, due dates, SLA, documents, actions).</summary>
public sealed record KegiatanAdvokasiDto(
    Guid Id, string Judul, string Topik, Komoditas Komoditas, IReadOnlyList<PemangkuKepentingan> PemangkuKepentingan, BentukAdvokasi Bentuk,
    string? BentukLainnya, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai, string DasarKegiatan, int Tahun,
    Instant DibuatPada, bool BolehUbah, InstansDto Instans);

internal static class KegiatanMapping
{
    public static async Task<KegiatanAdvokasiDto> DetailAsync(KegiatanAdvokasi k, IMediator mediator, CancellationToken cancellationToken)
    {
        var instans = await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken);
        return new KegiatanAdvokasiDto(
            k.Id, k.Judul, k.Topik, k.Komoditas, k.PemangkuKepentingan, k.Bentuk, k.BentukLainnya, k.Lokasi, k.TanggalRencanaMulai,
            k.TanggalRencanaSelesai, k.DasarKegiatan, k.Tahun, k.DibuatPada, instans.BolehMengelola, instans);
    }

    public static void Isi(KegiatanAdvokasi k, DataKegiatanAdvokasi d) => k.Isi(
        d.Judul, d.Topik, d.Komoditas!.Value, d.PemangkuKepentingan!, d.Bentuk!.Value, d.BentukLainnya, d.Lokasi,
        d.TanggalRencanaMulai!.Value, d.TanggalRencanaSelesai!.Value, d.DasarKegiatan);
}

/// <summary>Creates a Kegiatan Advokasi for the user's own unit (Unit Kerja Pusat or UPT) and its SOP A run: step
/// A1 waits for its Kelengkapan (the basis document).</summary>
public sealed record BuatKegiatanAdvokasiCommand : DataKegiatanAdvokasi, ICommand<KegiatanAdvokasiDto>
{
    public BuatKegiatanAdvokasiCommand(DataKegiatanAdvokasi data)
        : base(data)
    {
    }
}

internal sealed class BuatKegiatanAdvokasiCommandValidator : AbstractValidator<BuatKegiatanAdvokasiCommand>
{
    public BuatKegiatanAdvokasiCommandValidator() => Include(new DataKegiatanAdvokasiRules<BuatKegiatanAdvokasiCommand>());
}

internal sealed class BuatKegiatanAdvokasiCommandHandler(AdvokasiDbContext db, IMediator mediator, ICurrentUser user, IClock clock, PengelolaKegiatanSop pengelola)
    : IRequestHandler<BuatKegiatanAdvokasiCommand, KegiatanAdvokasiDto>
{
    public async Task<KegiatanAdvokasiDto> Handle(BuatKegiatanAdvokasiCommand request, CancellationToken cancellationToken)
    {
        await pengelola.PastikanBolehMembuatAsync(SopAdvokasi.Kode, "Kegiatan advokasi dibuat oleh petugas Unit Kerja Pusat atau UPT.", cancellationToken);

        var kegiatan = new KegiatanAdvokasi(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant());
        KegiatanMapping.Isi(kegiatan, request);
        var instansId = await mediator.Send(
            new BuatInstansSopCommand(SopAdvokasi.Kode, SopAdvokasi.Modul, kegiatan.Id, kegiatan.Judul, kegiatan.UnitId, kegiatan.Tahun), cancellationToken);
        kegiatan.HubungkanInstans(instansId);
        db.Kegiatan.Add(kegiatan);
        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>Edits a running Kegiatan Advokasi (performing unit); the change is audited.</summary>
public sealed record UbahKegiatanAdvokasiCommand : DataKegiatanAdvokasi, ICommand<KegiatanAdvokasiDto>
{
    public UbahKegiatanAdvokasiCommand(Guid id, DataKegiatanAdvokasi data)
        : base(data) => Id = id;

    public Guid Id { get; }
}

internal sealed class UbahKegiatanAdvokasiCommandValidator : AbstractValidator<UbahKegiatanAdvokasiCommand>
{
    public UbahKegiatanAdvokasiCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        Include(new DataKegiatanAdvokasiRules<UbahKegiatanAdvokasiCommand>());
    }
}

internal sealed class UbahKegiatanAdvokasiCommandHandler(AdvokasiDbContext db, IMediator mediator, PengelolaKegiatanSop pengelola)
    : IRequestHandler<UbahKegiatanAdvokasiCommand, KegiatanAdvokasiDto>
{
    public async Task<KegiatanAdvokasiDto> Handle(UbahKegiatanAdvokasiCommand request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan advokasi tidak ditemukan.");
        await pengelola.PastikanBolehUbahAsync(kegiatan.InstansId, cancellationToken);
        var lama = kegiatan.Ringkas();
        KegiatanMapping.Isi(kegiatan, request);
        await pengelola.CatatUbahAsync(kegiatan.InstansId, kegiatan.Judul, lama, kegiatan.Ringkas(), cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>One Kegiatan Advokasi (404 when the user may not read it).</summary>
public sealed record GetKegiatanAdvokasiQuery(Guid Id) : IQuery<KegiatanAdvokasiDto>;

internal sealed class GetKegiatanAdvokasiQueryValidator : AbstractValidator<GetKegiatanAdvokasiQuery>
{
    public GetKegiatanAdvokasiQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetKegiatanAdvokasiQueryHandler(AdvokasiDbContext db, IMediator mediator) : IRequestHandler<GetKegiatanAdvokasiQuery, KegiatanAdvokasiDto>
{
    public async Task<KegiatanAdvokasiDto> Handle(GetKegiatanAdvokasiQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.AsNoTracking().SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan advokasi tidak ditemukan.");
        return await KegiatanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>Lists the Kegiatan Advokasi the user may read, newest planned start first.</summary>
/// <param name="UnitId">Only this unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Status">Berjalan, Selesai or Dibatalkan.</param>
/// <param name="Terlambat">Only those whose current step is overdue.</param>
/// <param name="Cari">Part of the title or topic.</param>
/// <param name="Halaman">Page (from 1).</param>
/// <param name="Ukuran">Page size (1–100, default 20).</param>
public sealed record DaftarKegiatanAdvokasiQuery(
    Guid? UnitId, int? Tahun, StatusInstans? Status, bool? Terlambat, string? Cari, int? Halaman, int? Ukuran) : IQuery<Halaman<KegiatanAdvokasiRingkasDto>>;

internal sealed class DaftarKegiatanAdvokasiQueryValidator : AbstractValidator<DaftarKegiatanAdvokasiQuery>
{
    public DaftarKegiatanAdvokasiQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class DaftarKegiatanAdvokasiQueryHandler(AdvokasiDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarKegiatanAdvokasiQuery, Halaman<KegiatanAdvokasiRingkasDto>>
{
    public async Task<Halaman<KegiatanAdvokasiRingkasDto>> Handle(DaftarKegiatanAdvokasiQuery request, CancellationToken cancellationToken)
    {
        var q = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopAdvokasi.Kode, cancellationToken, request.UnitId, request.Tahun);

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(k => EF.Functions.ILike(k.Judul, pola) || EF.Functions.ILike(k.Topik, pola));
        }

        var rows = await q.OrderByDescending(k => k.TanggalRencanaMulai).ThenByDescending(k => k.DibuatPada).ToListAsync(cancellationToken);
        return await penyusun.HalamanAsync(
            rows, new SaringanSop(request.Status, request.Terlambat, request.Halaman, request.Ukuran),
            (k, sop, namaUnit) => new KegiatanAdvokasiRingkasDto(
                k.Id, k.InstansId, k.Judul, k.Komoditas, k.Bentuk, k.UnitId, namaUnit, k.Tahun, k.TanggalRencanaMulai, sop.Status, sop.LangkahAktif,
                sop.NamaLangkahAktif, sop.StatusLangkahAktif, sop.JatuhTempo, sop.HkTersisa, sop.Sla, sop.Terlambat),
            cancellationToken);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Pemberdayaan.Application;

/// <summary>A kader or duta formed.</summary>
/// <param name="Nama">Name.</param>
/// <param name="Peran">Kader or Duta.</param>
/// <param name="Komunitas">The community served (name of one of the target communities).</param>
/// <param name="Kontak">Phone or e-mail (optional).</param>
public sealed record KaderMasukan(string Nama, PeranKader? Peran, string Komunitas, string? Kontak);

/// <summary>What a user enters for a Kegiatan Pemberdayaan Masyarakat.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Program">DesaPanganAman, PasarPanganAman, PanganJajananAnakSekolah, KaderOtSkKos, Kie or Lainnya.</param>
/// <param name="ProgramLainnya">The programme, when Lainnya.</param>
/// <param name="Komunitas">Target communities (1–200) with their region.</param>
/// <param name="Bentuk">Bimtek, PembentukanKaderKomunitas or Kie.</param>
/// <param name="Kader">Kader/duta formed (0–500).</param>
/// <param name="JumlahPeserta">Participants.</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end.</param>
/// <param name="DasarKegiatan">Basis (recommendation, request letter, MoU); the document is C1's Kelengkapan.</param>
public record DataKegiatanPemberdayaan(
    string Judul,
    ProgramPemberdayaan? Program,
    string? ProgramLainnya,
    IReadOnlyList<KomunitasSasaran>? Komunitas,
    BentukPemberdayaan? Bentuk,
    IReadOnlyList<KaderMasukan>? Kader,
    int? JumlahPeserta,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    string DasarKegiatan);

internal sealed class DataKegiatanPemberdayaanRules<T> : AbstractValidator<T>
    where T : DataKegiatanPemberdayaan
{
    public DataKegiatanPemberdayaanRules()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Program).NotNull().WithMessage("Program wajib dipilih.").IsInEnum();
        RuleFor(x => x.ProgramLainnya).NotEmpty().WithMessage("Sebutkan program lainnya.").MaximumLength(100)
            .When(x => x.Program == ProgramPemberdayaan.Lainnya);
        RuleFor(x => x.Komunitas).NotEmpty().WithMessage("Isi sekurang-kurangnya satu komunitas sasaran.")
            .Must(k => k is null || k.Count <= 200).WithMessage("Paling banyak 200 komunitas per kegiatan.");
        RuleForEach(x => x.Komunitas).Cascade(CascadeMode.Continue).ChildRules(k =>
        {
            k.RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis komunitas tidak dikenal.");
            k.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama komunitas wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100);
            k.RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota wajib diisi.").MaximumLength(100);
        });
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.Kader).Must(k => k is null || k.Count <= 500).WithMessage("Paling banyak 500 kader per kegiatan.");
        RuleForEach(x => x.Kader).Cascade(CascadeMode.Continue).ChildRules(k =>
        {
            k.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama kader wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Peran).NotNull().WithMessage("Peran wajib dipilih (kader atau duta).").IsInEnum();
            k.RuleFor(x => x.Komunitas).NotEmpty().WithMessage("Komunitas kader wajib diisi.").MaximumLength(200);
            k.RuleFor(x => x.Kontak).MaximumLength(100);
        });
        RuleForEach(x => x.Kader).Must((x, k) => x.Komunitas is null || x.Komunitas.Any(s => string.Equals(s.Nama.Trim(), k.Komunitas?.Trim(), StringComparison.OrdinalIgnoreCase)))
            .WithMessage("Komunitas kader harus salah satu komunitas sasaran kegiatan.");
        RuleFor(x => x.JumlahPeserta).NotNull().WithMessage("Jumlah peserta wajib diisi.").InclusiveBetween(0, 1000000);
        RuleFor(x => x.Lokasi).NotEmpty().WithMessage("Lokasi wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TanggalRencanaMulai).NotNull().WithMessage("Tanggal rencana mulai wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.TanggalRencanaSelesai).NotNull().WithMessage("Tanggal rencana selesai wajib diisi.")
            .Must((x, d) => d is null || x.TanggalRencanaMulai is null || d >= x.TanggalRencanaMulai)
            .WithMessage("Tanggal rencana selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi.").MaximumLength(500);
    }
}

/// <summary>A kader/duta as shown.</summary>
public sealed record KaderDto(Guid Id, string Nama, PeranKader Peran, string Komunitas, string? Kontak);

/// <summary>A Kegiatan Pemberdayaan in a list.</summary>
public sealed record KegiatanPemberdayaanRingkasDto(
    Guid Id, Guid InstansId, string Judul, ProgramPemberdayaan Program, BentukPemberdayaan Bentuk, Guid UnitId, string NamaUnit, int Tahun,
    LocalDate TanggalRencanaMulai, int JumlahKomunitas, int JumlahKader, int JumlahPeserta, StatusInstans Status, string? LangkahAktif,
    string? NamaLangkahAktif, StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Pemberdayaan with its communities, kader and SOP run.</summary>
public sealed record KegiatanPemberdayaanDto(
    Guid Id, string Judul, ProgramPemberdayaan Program, string? ProgramLainnya, IReadOnlyList<KomunitasSasaran> Komunitas, BentukPemberdayaan Bentuk,
    IReadOnlyList<KaderDto> Kader, int JumlahPeserta, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai,
    string DasarKegiatan, int Tahun, Instant DibuatPada, bool BolehUbah, InstansDto Instans);

internal static class KegiatanPemberdayaanMapping
{
    public static KaderDto KeDto(Kader k) => new(k.Id, k.Nama, k.Peran, k.Komunitas, k.Kontak);

    public static async Task<KegiatanPemberdayaanDto> DetailAsync(KegiatanPemberdayaan k, IMediator mediator, CancellationToken cancellationToken)
    {
        var instans = await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken);
        return new KegiatanPemberdayaanDto(
            k.Id, k.Judul, k.Program, k.ProgramLainnya, k.Komunitas, k.Bentuk, k.Kader.OrderBy(x => x.Nama, StringComparer.Ordinal).Select(KeDto).ToList(),
            k.JumlahPeserta, k.Lokasi, k.TanggalRencanaMulai, k.TanggalRencanaSelesai, k.DasarKegiatan, k.Tahun, k.DibuatPada, instans.BolehMengelola, instans);
    }

    public static void Isi(KegiatanPemberdayaan k, DataKegiatanPemberdayaan d) => k.Isi(
        d.Judul, d.Program!.Value, d.ProgramLainnya, d.Komunitas!, d.Bentuk!.Value,
        (d.Kader ?? []).Select(x => new Kader(Guid.CreateVersion7(), x.Nama, x.Peran!.Value, x.Komunitas, x.Kontak)),
        d.JumlahPeserta!.Value, d.Lokasi, d.TanggalRencanaMulai!.Value, d.TanggalRencanaSelesai!.Value, d.DasarKegiatan);
}

/// <summary>Creates a Kegiatan Pemberdayaan for the user's unit (a UPT, or a Dit. Pemberdayaan) and its SOP C run;
/// step C1 waits for its Kelengkapan.</summary>
public sealed record BuatKegiatanPemberdayaanCommand : DataKegiatanPemberdayaan, ICommand<KegiatanPemberdayaanDto>
{
    public BuatKegiatanPemberdayaanCommand(DataKegiatanPemberdayaan data)
        : base(data)
    {
    }
}

internal sealed class BuatKegiatanPemberdayaanCommandValidator : AbstractValidator<BuatKegiatanPemberdayaanCommand>
{
    public BuatKegiatanPemberdayaanCommandValidator() => Include(new DataKegiatanPemberdayaanRules<BuatKegiatanPemberdayaanCommand>());
}

internal sealed class BuatKegiatanPemberdayaanCommandHandler(
    PemberdayaanDbContext db, IMediator mediator, ICurrentUser user, IClock clock, PengelolaKegiatanSop pengelola)
    : IRequestHandler<BuatKegiatanPemberdayaanCommand, KegiatanPemberdayaanDto>
{
    public async Task<KegiatanPemberdayaanDto> Handle(BuatKegiatanPemberdayaanCommand request, CancellationToken cancellationToken)
    {
        await pengelola.PastikanBolehMembuatAsync(
            SopPemberdayaan.Kode, "Kegiatan pemberdayaan masyarakat dibuat oleh petugas UPT atau direktorat pemberdayaan masyarakat.", cancellationToken);

        var kegiatan = new KegiatanPemberdayaan(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant());
        KegiatanPemberdayaanMapping.Isi(kegiatan, request);
        var instansId = await mediator.Send(
            new BuatInstansSopCommand(SopPemberdayaan.Kode, SopPemberdayaan.Modul, kegiatan.Id, kegiatan.Judul, kegiatan.UnitId, kegiatan.Tahun),
            cancellationToken);
        kegiatan.HubungkanInstans(instansId);
        db.Kegiatan.Add(kegiatan);
        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanPemberdayaanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>Edits a running Kegiatan Pemberdayaan (performing unit); audited. Kader may be added after the
/// activity took place.</summary>
public sealed record UbahKegiatanPemberdayaanCommand : DataKegiatanPemberdayaan, ICommand<KegiatanPemberdayaanDto>
{
    public UbahKegiatanPemberdayaanCommand(Guid id, DataKegiatanPemberdayaan data)
        : base(data) => Id = id;

    public Guid Id { get; }
}

internal sealed class UbahKegiatanPemberdayaanCommandValidator : AbstractValidator<UbahKegiatanPemberdayaanCommand>
{
    public UbahKegiatanPemberdayaanCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        Include(new DataKegiatanPemberdayaanRules<UbahKegiatanPemberdayaanCommand>());
    }
}

internal sealed class UbahKegiatanPemberdayaanCommandHandler(PemberdayaanDbContext db, IMediator mediator, PengelolaKegiatanSop pengelola)
    : IRequestHandler<UbahKegiatanPemberdayaanCommand, KegiatanPemberdayaanDto>
{
    public async Task<KegiatanPemberdayaanDto> Handle(UbahKegiatanPemberdayaanCommand request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan pemberdayaan tidak ditemukan.");
        await pengelola.PastikanBolehUbahAsync(kegiatan.InstansId, cancellationToken);
        var lama = kegiatan.Ringkas();
        KegiatanPemberdayaanMapping.Isi(kegiatan, request);
        await pengelola.CatatUbahAsync(kegiatan.InstansId, kegiatan.Judul, lama, kegiatan.Ringkas(), cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanPemberdayaanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>One Kegiatan Pemberdayaan (404 when the user may not read it).</summary>
public sealed record GetKegiatanPemberdayaanQuery(Guid Id) : IQuery<KegiatanPemberdayaanDto>;

internal sealed class GetKegiatanPemberdayaanQueryValidator : AbstractValidator<GetKegiatanPemberdayaanQuery>
{
    public GetKegiatanPemberdayaanQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetKegiatanPemberdayaanQueryHandler(PemberdayaanDbContext db, IMediator mediator)
    : IRequestHandler<GetKegiatanPemberdayaanQuery, KegiatanPemberdayaanDto>
{
    public async Task<KegiatanPemberdayaanDto> Handle(GetKegiatanPemberdayaanQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.AsNoTracking().SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan pemberdayaan tidak ditemukan.");
        return await KegiatanPemberdayaanMapping.DetailAsync(kegiatan, mediator, cancellationToken);
    }
}

/// <summary>Lists the Kegiatan Pemberdayaan the user may read, newest planned start first.</summary>
/// <param name="UnitId">Only this performing unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Program">Only this programme.</param>
/// <param name="Cari">Part of the title.</param>
/// <param name="Saringan">Status, overdue, paging.</param>
public sealed record DaftarKegiatanPemberdayaanQuery(Guid? UnitId, int? Tahun, ProgramPemberdayaan? Program, string? Cari, SaringanSop Saringan)
    : IQuery<Halaman<KegiatanPemberdayaanRingkasDto>>;

internal sealed class DaftarKegiatanPemberdayaanQueryValidator : AbstractValidator<DaftarKegiatanPemberdayaanQuery>
{
    public DaftarKegiatanPemberdayaanQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Program).IsInEnum();
        RuleFor(x => x.Cari).MaximumLength(100);
        this.AturSaringan(x => x.Saringan);
    }
}

internal sealed class DaftarKegiatanPemberdayaanQueryHandler(PemberdayaanDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarKegiatanPemberdayaanQuery, Halaman<KegiatanPemberdayaanRingkasDto>>
{
    public async Task<Halaman<KegiatanPemberdayaanRingkasDto>> Handle(DaftarKegiatanPemberdayaanQuery request, CancellationToken cancellationToken)
    {
        var q = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopPemberdayaan.Kode, cancellationToken, request.UnitId, request.Tahun);

        if (request.Program is { } program)
        {
            q = q.Where(k => k.Program == program);
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(k => EF.Functions.ILike(k.Judul, pola));
        }

        var rows = await q.OrderByDescending(k => k.TanggalRencanaMulai).ThenByDescending(k => k.DibuatPada).ToListAsync(cancellationToken);
        return await penyusun.HalamanAsync(
            rows, request.Saringan,
            (k, sop, namaUnit) => new KegiatanPemberdayaanRingkasDto(
                k.Id, k.InstansId, k.Judul, k.Program, k.Bentuk, k.UnitId, namaUnit, k.Tahun, k.TanggalRencanaMulai, k.Komunitas.Count, k.Kader.Count,
                k.JumlahPeserta, sop.Status, sop.LangkahAktif, sop.NamaLangkahAktif, sop.StatusLangkahAktif, sop.JatuhTempo, sop.HkTersisa, sop.Sla,
                sop.Terlambat),
            cancellationToken);
    }
}

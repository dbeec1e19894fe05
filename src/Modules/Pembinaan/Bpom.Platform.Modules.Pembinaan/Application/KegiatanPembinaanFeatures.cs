using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.Pembinaan.Application;

/// <summary>A party guided: an existing registry record (<paramref name="Id"/>) or a new one. A new business with the
/// NIB (or, without NIB, the kind, name and kabupaten/kota) of an existing record is linked to that record.</summary>
/// <param name="Id">Existing registry record; the other fields are then ignored.</param>
/// <param name="Nama">Name.</param>
/// <param name="Jenis">PelakuUsaha, AsosiasiPelakuUsaha, KementerianLembaga, PemerintahDaerah, OrganisasiProfesi,
/// OrganisasiKemasyarakatan or KomunitasPendidikan.</param>
/// <param name="Nib">NIB (13 digits), businesses only.</param>
/// <param name="Umkm">Micro/small/medium business.</param>
/// <param name="Irtp">Industri Rumah Tangga Pangan (Pangan Olahan businesses).</param>
/// <param name="Provinsi">Province.</param>
/// <param name="KabupatenKota">Regency / city.</param>
public sealed record SasaranMasukan(
    Guid? Id, string? Nama, JenisSasaran? Jenis, string? Nib, bool Umkm, bool Irtp, string? Provinsi, string? KabupatenKota);

/// <summary>What a user enters for a Kegiatan Pembinaan dan Pendampingan.</summary>
/// <param name="Judul">Title.</param>
/// <param name="Asal">InisiatifPusat, InisiatifUpt, SuratPermintaan or MouPks.</param>
/// <param name="DasarKegiatan">The letter / MoU / recommendation (number, date, subject); upload the document as B1's Kelengkapan.</param>
/// <param name="Komoditas">PanganOlahan, ObatTradisional, SuplemenKesehatan or Kosmetik.</param>
/// <param name="Fungsi">Fasilitator or Capa (decides where the step 4 report goes).</param>
/// <param name="Bentuk">Fgd, Audiensi, Workshop, BimbinganTeknis, Konsultasi or Pendampingan.</param>
/// <param name="Sasaran">The businesses or stakeholders guided (1–100).</param>
/// <param name="JumlahPeserta">Participants (0–100000).</param>
/// <param name="Lokasi">Where.</param>
/// <param name="TanggalRencanaMulai">Planned start.</param>
/// <param name="TanggalRencanaSelesai">Planned end.</param>
/// <param name="UptSetempatId">The UPT of the place guided (receives the surat rekomendasi, follows up). Defaults to the
/// user's own unit when that is a UPT; required for Unit Kerja Pusat.</param>
public record DataKegiatanPembinaan(
    string Judul,
    AsalPembinaan? Asal,
    string DasarKegiatan,
    KomoditasPembinaan? Komoditas,
    FungsiPembinaan? Fungsi,
    BentukPembinaan? Bentuk,
    IReadOnlyList<SasaranMasukan>? Sasaran,
    int? JumlahPeserta,
    string Lokasi,
    LocalDate? TanggalRencanaMulai,
    LocalDate? TanggalRencanaSelesai,
    Guid? UptSetempatId);

internal sealed class DataKegiatanPembinaanRules<T> : AbstractValidator<T>
    where T : DataKegiatanPembinaan
{
    public DataKegiatanPembinaanRules()
    {
        RuleFor(x => x.Judul).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Asal).NotNull().WithMessage("Asal kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi (nomor surat/MoU/rekomendasi).").MaximumLength(500);
        RuleFor(x => x.Komoditas).NotNull().WithMessage("Komoditas wajib dipilih.").IsInEnum();
        RuleFor(x => x.Fungsi).NotNull().WithMessage("Fungsi wajib dipilih (fasilitator atau CAPA).").IsInEnum();
        RuleFor(x => x.Bentuk).NotNull().WithMessage("Bentuk kegiatan wajib dipilih.").IsInEnum();
        RuleFor(x => x.Sasaran).NotEmpty().WithMessage("Isi sekurang-kurangnya satu pelaku usaha atau pemangku kepentingan yang dibina.")
            .Must(s => s is null || s.Count <= 100).WithMessage("Paling banyak 100 sasaran per kegiatan.");
        RuleForEach(x => x.Sasaran).Cascade(CascadeMode.Continue).ChildRules(s =>
        {
            s.RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama sasaran wajib diisi.").MaximumLength(200).When(x => x.Id is null);
            s.RuleFor(x => x.Jenis).NotNull().WithMessage("Jenis sasaran wajib dipilih.").IsInEnum().When(x => x.Id is null);
            s.RuleFor(x => x.Provinsi).NotEmpty().WithMessage("Provinsi wajib diisi.").MaximumLength(100).When(x => x.Id is null);
            s.RuleFor(x => x.KabupatenKota).NotEmpty().WithMessage("Kabupaten/kota wajib diisi.").MaximumLength(100).When(x => x.Id is null);
            s.RuleFor(x => x.Nib).Matches("^[0-9]{13}$").WithMessage("NIB terdiri atas 13 angka.")
                .When(x => x.Id is null && !string.IsNullOrWhiteSpace(x.Nib));
            s.RuleFor(x => x.Nib).Empty().WithMessage("NIB hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
            s.RuleFor(x => x.Umkm).Equal(false).WithMessage("Penanda UMKM hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
            s.RuleFor(x => x.Irtp).Equal(false).WithMessage("Penanda IRTP hanya untuk pelaku usaha.")
                .When(x => x.Id is null && x.Jenis is not null && x.Jenis != JenisSasaran.PelakuUsaha);
        });
        RuleFor(x => x.Sasaran).Must(s => s is null || !s.Any(x => x.Irtp)).WithMessage("IRTP hanya untuk komoditas pangan olahan.")
            .When(x => x.Komoditas is not null and not KomoditasPembinaan.PanganOlahan);
        RuleFor(x => x.JumlahPeserta).NotNull().WithMessage("Jumlah peserta wajib diisi.").InclusiveBetween(0, 100000);
        RuleFor(x => x.Lokasi).NotEmpty().WithMessage("Lokasi wajib diisi.").MaximumLength(300);
        RuleFor(x => x.TanggalRencanaMulai).NotNull().WithMessage("Tanggal rencana mulai wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.TanggalRencanaSelesai).NotNull().WithMessage("Tanggal rencana selesai wajib diisi.")
            .Must((x, d) => d is null || x.TanggalRencanaMulai is null || d >= x.TanggalRencanaMulai)
            .WithMessage("Tanggal rencana selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.UptSetempatId).NotEqual(Guid.Empty);
    }
}

/// <summary>A registry record of a party guided.</summary>
public sealed record SasaranDto(
    Guid Id, string Nama, JenisSasaran Jenis, string? Nib, bool Umkm, bool Irtp, string Provinsi, string KabupatenKota);

/// <summary>A Kegiatan Pembinaan in a list: where it stands on the SOP.</summary>
public sealed record KegiatanPembinaanRingkasDto(
    Guid Id, Guid InstansId, string Judul, KomoditasPembinaan Komoditas, FungsiPembinaan Fungsi, BentukPembinaan Bentuk, Guid UnitId, string NamaUnit,
    int Tahun, LocalDate TanggalRencanaMulai, int JumlahSasaran, int JumlahPeserta, StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif,
    StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa, StatusSla? Sla, bool Terlambat);

/// <summary>A Kegiatan Pembinaan with the parties guided and its SOP run (steps, routings, documents, actions).</summary>
public sealed record KegiatanPembinaanDto(
    Guid Id, string Judul, AsalPembinaan Asal, string DasarKegiatan, KomoditasPembinaan Komoditas, FungsiPembinaan Fungsi, BentukPembinaan Bentuk,
    IReadOnlyList<SasaranDto> Sasaran, int JumlahPeserta, string Lokasi, LocalDate TanggalRencanaMulai, LocalDate TanggalRencanaSelesai,
    Guid UptSetempatId, string NamaUptSetempat, int Tahun, Instant DibuatPada, bool BolehUbah, InstansDto Instans);

/// <summary>Fills an activity from user input: resolves the local UPT and the registry records, and works out the
/// SOP routing for the engine.</summary>
internal sealed class PengisiKegiatanPembinaan(PembinaanDbContext db, IDirektoriOrganisasi direktori, IClock clock)
{
    private static readonly string[] JenisUpt = ["BalaiBesarPom", "BalaiPom", "LokaPom"];

    public async Task<(IReadOnlyList<PenugasanBaru> Penugasan, IReadOnlyDictionary<string, string> Output)> IsiAsync(
        KegiatanPembinaan k, DataKegiatanPembinaan d, CancellationToken cancellationToken)
    {
        var upt = await UptSetempatAsync(d.UptSetempatId, k.UnitId, cancellationToken);
        var sasaran = await SasaranAsync(d.Sasaran!, k.UnitId, cancellationToken);
        k.Isi(
            d.Judul, d.Asal!.Value, d.DasarKegiatan, d.Komoditas!.Value, d.Fungsi!.Value, d.Bentuk!.Value, sasaran.Select(s => s.Id), d.JumlahPeserta!.Value,
            d.Lokasi, d.TanggalRencanaMulai!.Value, d.TanggalRencanaSelesai!.Value, upt);
        var adaUsaha = sasaran.Any(s => s.Jenis == JenisSasaran.PelakuUsaha);
        var unitPusat = await direktori.UnitBerdasarkanNamaAsync(RutePembinaan.SemuaUnitPusat, cancellationToken);
        var penugasan = new List<PenugasanBaru>();
        foreach (var t in RutePembinaan.Untuk(k.Komoditas, k.Fungsi, adaUsaha))
        {
            Guid unitId;
            if (t.NamaUnit is null)
            {
                unitId = upt;
            }
            else if (unitPusat.TryGetValue(t.NamaUnit, out var u))
            {
                unitId = u.Id;
            }
            else
            {
                throw new DomainException($"Unit tujuan \"{t.NamaUnit}\" tidak ada di data unit kerja; perbarui data organisasi.");
            }

            if (unitId != k.UnitId)
            {
                penugasan.Add(new PenugasanBaru(t.Langkah, unitId, t.Jenis, t.Keterangan));
            }
        }

        return (penugasan, new Dictionary<string, string> { ["B3"] = RutePembinaan.OutputLangkah3(k.Komoditas, adaUsaha) });
    }

    private async Task<Guid> UptSetempatAsync(Guid? diminta, Guid unitPelaksana, CancellationToken cancellationToken)
    {
        var id = diminta ?? unitPelaksana;
        var unit = await direktori.UnitAsync(id, cancellationToken);
        if (unit is null || !JenisUpt.Contains(unit.Jenis))
        {
            throw new ValidationException([new ValidationFailure("uptSetempatId", diminta is null
                ? "Pilih UPT setempat (Balai Besar/Balai/Loka POM) yang menerima rekomendasi dan menindaklanjuti."
                : "UPT setempat harus Balai Besar, Balai atau Loka POM.")]);
        }

        return unit.Id;
    }

    private async Task<List<SasaranPembinaan>> SasaranAsync(IReadOnlyList<SasaranMasukan> masukan, Guid unitId, CancellationToken cancellationToken)
    {
        var ids = masukan.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList();
        var kunci = masukan.Where(m => m.Id is null)
            .Select(m => SasaranPembinaan.KunciUntuk(m.Jenis!.Value, m.Nib, m.Nama!, m.KabupatenKota!)).ToList();
        var ada = await db.Sasaran.Where(s => ids.Contains(s.Id) || kunci.Contains(s.Kunci)).ToListAsync(cancellationToken);
        var hasil = new List<SasaranPembinaan>();
        var gagal = new List<ValidationFailure>();
        for (var i = 0; i < masukan.Count; i++)
        {
            var m = masukan[i];
            if (m.Id is { } id)
            {
                if (ada.FirstOrDefault(s => s.Id == id) is { } s)
                {
                    hasil.Add(s);
                }
                else
                {
                    gagal.Add(new ValidationFailure($"sasaran[{i}].id", "Sasaran tidak ada di daftar pelaku usaha/pemangku kepentingan."));
                }

                continue;
            }

            var k = SasaranPembinaan.KunciUntuk(m.Jenis!.Value, m.Nib, m.Nama!, m.KabupatenKota!);
            var cocok = ada.FirstOrDefault(s => s.Kunci == k) ?? hasil.FirstOrDefault(s => s.Kunci == k);
            if (cocok is null)
            {
                cocok = new SasaranPembinaan(
                    Guid.CreateVersion7(), m.Nama!, m.Jenis.Value, m.Nib, m.Umkm, m.Irtp, m.Provinsi!, m.KabupatenKota!, unitId, clock.GetCurrentInstant());
                db.Sasaran.Add(cocok);
                ada.Add(cocok);
            }
            else
            {
                cocok.Lengkapi(m.Nib, m.Umkm, m.Irtp);
            }

            hasil.Add(cocok);
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        return hasil.DistinctBy(s => s.Id).ToList();
    }
}

internal static class KegiatanPembinaanMapping
{
    public static SasaranDto KeDto(SasaranPembinaan s) => new(s.Id, s.Nama, s.Jenis, s.Nib, s.Umkm, s.Irtp, s.Provinsi, s.KabupatenKota);

    public static async Task<KegiatanPembinaanDto> DetailAsync(
        KegiatanPembinaan k, PembinaanDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, CancellationToken cancellationToken)
    {
        var instans = await mediator.Send(new GetInstansQuery(k.InstansId), cancellationToken);
        var sasaran = await SasaranAsync(db, k.SasaranIds, cancellationToken);
        var upt = await direktori.NamaUnitAsync([k.UptSetempatId], cancellationToken);
        return new KegiatanPembinaanDto(
            k.Id, k.Judul, k.Asal, k.DasarKegiatan, k.Komoditas, k.Fungsi, k.Bentuk,
            k.SasaranIds.Where(sasaran.ContainsKey).Select(id => KeDto(sasaran[id])).ToList(), k.JumlahPeserta, k.Lokasi,
            k.TanggalRencanaMulai, k.TanggalRencanaSelesai, k.UptSetempatId, upt.GetValueOrDefault(k.UptSetempatId, "-"), k.Tahun, k.DibuatPada,
            instans.BolehMengelola, instans);
    }

    public static async Task<Dictionary<Guid, SasaranPembinaan>> SasaranAsync(PembinaanDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var daftar = ids.Distinct().ToList();
        var tracked = db.Sasaran.Local.Where(s => daftar.Contains(s.Id)).ToList();
        var stored = await db.Sasaran.AsNoTracking().Where(s => daftar.Contains(s.Id)).ToListAsync(cancellationToken);
        return tracked.Concat(stored).DistinctBy(s => s.Id).ToDictionary(s => s.Id);
    }

    public static async Task<string> RingkasAsync(KegiatanPembinaan k, PembinaanDbContext db, CancellationToken cancellationToken)
    {
        var sasaran = await SasaranAsync(db, k.SasaranIds, cancellationToken);
        return k.Ringkas(sasaran.ToDictionary(s => s.Key, s => s.Value.Nama));
    }
}

/// <summary>Creates a Kegiatan Pembinaan for the user's unit (a UPT, or a Unit Kerja Pusat that SOP B names) and its
/// SOP B run, routed by commodity and function; step B1 waits for its Kelengkapan (the request letter / MoU / plan basis).</summary>
public sealed record BuatKegiatanPembinaanCommand : DataKegiatanPembinaan, ICommand<KegiatanPembinaanDto>
{
    public BuatKegiatanPembinaanCommand(DataKegiatanPembinaan data)
        : base(data)
    {
    }
}

internal sealed class BuatKegiatanPembinaanCommandValidator : AbstractValidator<BuatKegiatanPembinaanCommand>
{
    public BuatKegiatanPembinaanCommandValidator() => Include(new DataKegiatanPembinaanRules<BuatKegiatanPembinaanCommand>());
}

internal sealed class BuatKegiatanPembinaanCommandHandler(
    PembinaanDbContext db, IMediator mediator, ICurrentUser user, IClock clock, IDirektoriOrganisasi direktori, PengisiKegiatanPembinaan pengisi,
    PengelolaKegiatanSop pengelola)
    : IRequestHandler<BuatKegiatanPembinaanCommand, KegiatanPembinaanDto>
{
    public async Task<KegiatanPembinaanDto> Handle(BuatKegiatanPembinaanCommand request, CancellationToken cancellationToken)
    {
        await pengelola.PastikanBolehMembuatAsync(
            SopPembinaan.Kode, "Kegiatan pembinaan dibuat oleh petugas UPT atau direktorat yang disebut SOP POM-04.01 B.", cancellationToken);
        var kegiatan = new KegiatanPembinaan(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant());
        var (penugasan, output) = await pengisi.IsiAsync(kegiatan, request, cancellationToken);
        var instansId = await mediator.Send(
            new BuatInstansSopCommand(SopPembinaan.Kode, SopPembinaan.Modul, kegiatan.Id, kegiatan.Judul, kegiatan.UnitId, kegiatan.Tahun, penugasan, output),
            cancellationToken);
        kegiatan.HubungkanInstans(instansId);
        db.Kegiatan.Add(kegiatan);
        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanPembinaanMapping.DetailAsync(kegiatan, db, mediator, direktori, cancellationToken);
    }
}

/// <summary>Edits a running Kegiatan Pembinaan (performing unit); audited. Routing of steps not yet started follows
/// the new data.</summary>
public sealed record UbahKegiatanPembinaanCommand : DataKegiatanPembinaan, ICommand<KegiatanPembinaanDto>
{
    public UbahKegiatanPembinaanCommand(Guid id, DataKegiatanPembinaan data)
        : base(data) => Id = id;

    public Guid Id { get; }
}

internal sealed class UbahKegiatanPembinaanCommandValidator : AbstractValidator<UbahKegiatanPembinaanCommand>
{
    public UbahKegiatanPembinaanCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        Include(new DataKegiatanPembinaanRules<UbahKegiatanPembinaanCommand>());
    }
}

internal sealed class UbahKegiatanPembinaanCommandHandler(
    PembinaanDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, PengisiKegiatanPembinaan pengisi, PengelolaKegiatanSop pengelola)
    : IRequestHandler<UbahKegiatanPembinaanCommand, KegiatanPembinaanDto>
{
    public async Task<KegiatanPembinaanDto> Handle(UbahKegiatanPembinaanCommand request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan pembinaan tidak ditemukan.");
        await pengelola.PastikanBolehUbahAsync(kegiatan.InstansId, cancellationToken);
        var lama = await KegiatanPembinaanMapping.RingkasAsync(kegiatan, db, cancellationToken);
        var (penugasan, output) = await pengisi.IsiAsync(kegiatan, request, cancellationToken);
        await pengelola.CatatUbahAsync(kegiatan.InstansId, kegiatan.Judul, lama, await KegiatanPembinaanMapping.RingkasAsync(kegiatan, db, cancellationToken), cancellationToken);

        await mediator.Send(new AturPenugasanCommand(kegiatan.InstansId, penugasan, output), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await KegiatanPembinaanMapping.DetailAsync(kegiatan, db, mediator, direktori, cancellationToken);
    }
}

/// <summary>One Kegiatan Pembinaan (404 when the user may not read it).</summary>
public sealed record GetKegiatanPembinaanQuery(Guid Id) : IQuery<KegiatanPembinaanDto>;

internal sealed class GetKegiatanPembinaanQueryValidator : AbstractValidator<GetKegiatanPembinaanQuery>
{
    public GetKegiatanPembinaanQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetKegiatanPembinaanQueryHandler(PembinaanDbContext db, IMediator mediator, IDirektoriOrganisasi direktori)
    : IRequestHandler<GetKegiatanPembinaanQuery, KegiatanPembinaanDto>
{
    public async Task<KegiatanPembinaanDto> Handle(GetKegiatanPembinaanQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await db.Kegiatan.AsNoTracking().SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Kegiatan pembinaan tidak ditemukan.");
        return await KegiatanPembinaanMapping.DetailAsync(kegiatan, db, mediator, direktori, cancellationToken);
    }
}

/// <summary>Lists the Kegiatan Pembinaan the user may read (own unit, a koordinator's Lokas, SOP B directorates all,
/// and activities with a step routed to the user's unit), newest planned start first.</summary>
/// <param name="UnitId">Only this performing unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Komoditas">Only this commodity.</param>
/// <param name="Fungsi">Only this function.</param>
/// <param name="Cari">Part of the title.</param>
/// <param name="Saringan">Status, overdue, paging.</param>
public sealed record DaftarKegiatanPembinaanQuery(
    Guid? UnitId, int? Tahun, KomoditasPembinaan? Komoditas, FungsiPembinaan? Fungsi, string? Cari, SaringanSop Saringan)
    : IQuery<Halaman<KegiatanPembinaanRingkasDto>>;

internal sealed class DaftarKegiatanPembinaanQueryValidator : AbstractValidator<DaftarKegiatanPembinaanQuery>
{
    public DaftarKegiatanPembinaanQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Komoditas).IsInEnum();
        RuleFor(x => x.Fungsi).IsInEnum();
        RuleFor(x => x.Cari).MaximumLength(100);
        this.AturSaringan(x => x.Saringan);
    }
}

internal sealed class DaftarKegiatanPembinaanQueryHandler(PembinaanDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarKegiatanPembinaanQuery, Halaman<KegiatanPembinaanRingkasDto>>
{
    public async Task<Halaman<KegiatanPembinaanRingkasDto>> Handle(DaftarKegiatanPembinaanQuery request, CancellationToken cancellationToken)
    {
        var q = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopPembinaan.Kode, cancellationToken, request.UnitId, request.Tahun);

        if (request.Komoditas is { } komoditas)
        {
            q = q.Where(k => k.Komoditas == komoditas);
        }

        if (request.Fungsi is { } fungsi)
        {
            q = q.Where(k => k.Fungsi == fungsi);
        }

        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(k => EF.Functions.ILike(k.Judul, pola));
        }

        var rows = await q.OrderByDescending(k => k.TanggalRencanaMulai).ThenByDescending(k => k.DibuatPada).ToListAsync(cancellationToken);
        return await penyusun.HalamanAsync(rows, request.Saringan, KeRingkas, cancellationToken);
    }

    internal static KegiatanPembinaanRingkasDto KeRingkas(KegiatanPembinaan k, RingkasanInstansDto sop, string namaUnit) => new(
        k.Id, k.InstansId, k.Judul, k.Komoditas, k.Fungsi, k.Bentuk, k.UnitId, namaUnit, k.Tahun, k.TanggalRencanaMulai, k.SasaranIds.Count,
        k.JumlahPeserta, sop.Status, sop.LangkahAktif, sop.NamaLangkahAktif, sop.StatusLangkahAktif, sop.JatuhTempo, sop.HkTersisa, sop.Sla, sop.Terlambat);
}

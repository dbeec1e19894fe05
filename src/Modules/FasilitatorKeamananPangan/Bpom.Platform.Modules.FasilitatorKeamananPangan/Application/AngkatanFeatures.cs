using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;

/// <summary>What a user enters for a cohort.</summary>
/// <param name="Nama">Cohort name, e.g. "Angkatan I 2026".</param>
/// <param name="DasarKegiatan">Basis (recommendation, request letter, MoU/PKS or proposal); the document is D1's Kelengkapan.</param>
/// <param name="UptIds">UPTs taking part (they recruit in step D2).</param>
/// <param name="PendaftaranMulai">Registration opens.</param>
/// <param name="PendaftaranSelesai">Registration closes.</param>
/// <param name="LembagaPelatihan">The training institution recognised by BPOM.</param>
public record DataAngkatan(string Nama, string DasarKegiatan, IReadOnlyList<Guid>? UptIds, LocalDate? PendaftaranMulai, LocalDate? PendaftaranSelesai, string LembagaPelatihan);

internal sealed class DataAngkatanRules<T> : AbstractValidator<T>
    where T : DataAngkatan
{
    public DataAngkatanRules()
    {
        RuleFor(x => x.Nama).NotEmpty().WithMessage("Nama angkatan wajib diisi.").MaximumLength(200);
        RuleFor(x => x.DasarKegiatan).NotEmpty().WithMessage("Dasar kegiatan wajib diisi.").MaximumLength(500);
        RuleFor(x => x.UptIds).Must(u => u is null || u.Count <= 50).WithMessage("Paling banyak 50 UPT.");
        RuleForEach(x => x.UptIds).NotEmpty();
        RuleFor(x => x.PendaftaranMulai).NotNull().WithMessage("Tanggal pendaftaran dibuka wajib diisi.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage("Tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.PendaftaranSelesai).NotNull().WithMessage("Tanggal pendaftaran ditutup wajib diisi.")
            .Must((x, d) => d is null || x.PendaftaranMulai is null || d >= x.PendaftaranMulai)
            .WithMessage("Pendaftaran tidak boleh ditutup sebelum dibuka.");
        RuleFor(x => x.LembagaPelatihan).NotEmpty().WithMessage("Lembaga pelatihan wajib diisi.").MaximumLength(300);
    }
}

/// <summary>A cohort in a list.</summary>
public sealed record AngkatanRingkasDto(
    Guid Id, Guid InstansId, string Nama, Guid UnitId, string NamaUnit, int Tahun, LocalDate PendaftaranMulai, int JumlahPeserta, int JumlahDiakui,
    StatusInstans Status, string? LangkahAktif, string? NamaLangkahAktif, StatusLangkah? StatusLangkah, LocalDate? JatuhTempo, int? HkTersisa,
    StatusSla? Sla, bool Terlambat);

/// <summary>A participant of a cohort, with the person's data (NIK masked unless the caller may see it whole).</summary>
public sealed record PesertaDto(
    Guid Id, Guid FasilitatorId, string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas,
    string? Perjanjian, Guid? UptId, StatusPeserta Status, HasilPelatihan? HasilPelatihan, SertifikatKompetensi? SertifikatKompetensi,
    SertifikatPengakuan? SertifikatPengakuan, string? AlasanBerhenti, IReadOnlyList<RiwayatPeserta> Riwayat, IReadOnlyList<AksiPeserta> AksiTersedia);

/// <summary>A cohort with its participants and SOP D run.</summary>
public sealed record AngkatanDto(
    Guid Id, string Nama, string DasarKegiatan, IReadOnlyList<UnitRingkasDto> Upt, LocalDate PendaftaranMulai, LocalDate PendaftaranSelesai,
    string LembagaPelatihan, int Tahun, bool BolehUbah, bool BolehTambahPeserta, IReadOnlyList<PesertaDto> Peserta, InstansDto Instans);

/// <summary>A unit by id and name.</summary>
public sealed record UnitRingkasDto(Guid Id, string Nama);

/// <summary>Who may do what with cohorts and participants, and the NIK rule.</summary>
public sealed class AksesFasilitator(ICurrentUser user, IMediator mediator)
{
    public ICurrentUser Pengguna => user;

    /// <summary>Admin, PPSDM and the Unit Kerja Pusat that run SOP D see a NIK whole; everyone else masked.</summary>
    public async Task<bool> BolehLihatNikAsync(CancellationToken cancellationToken) =>
        user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Ppsdm)
        || ((user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit)) && (await mediator.Send(new CakupanBacaQuery(), cancellationToken)).KodeSop.Contains(SopFasilitator.Kode));

    /// <summary>Staff of the cohort's unit, or of a UPT taking part.</summary>
    public bool PetugasAngkatan(Angkatan a) => PetugasPusat(a) || (user.IsInRole(Peran.Upt) && a.UptIds.Contains(user.UnitId));

    /// <summary>Staff of the cohort's unit for everyone; a participating UPT only for the people it registered.</summary>
    public bool PetugasUntuk(Angkatan a, PesertaAngkatan p) =>
        PetugasPusat(a) || (user.IsInRole(Peran.Upt) && a.UptIds.Contains(user.UnitId) && p.UptId == user.UnitId);

    public bool BolehAksi(Angkatan a, PesertaAngkatan p, AksiPeserta aksi) => aksi switch
    {
        AksiPeserta.Rekrut => PetugasUntuk(a, p),
        AksiPeserta.CatatPelatihan or AksiPeserta.CatatSertifikatKompetensi => user.IsInRole(Peran.Ppsdm),
        AksiPeserta.CatatSertifikatPengakuan => user.IsInRole(Peran.Ppsdm) || user.IsInRole(Peran.Pimpinan),
        AksiPeserta.Hentikan => PetugasUntuk(a, p) || user.IsInRole(Peran.Ppsdm),
        _ => false,
    };

    private bool PetugasPusat(Angkatan a) => user.UnitId == a.UnitId && (user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.KepalaUnit));
}

/// <summary>The SOP step each participant action belongs to: it can be recorded once that step has started.</summary>
internal static class LangkahAksi
{
    public static string? Untuk(AksiPeserta aksi) => aksi switch
    {
        AksiPeserta.Rekrut => "D2",
        AksiPeserta.CatatPelatihan => "D3",
        AksiPeserta.CatatSertifikatKompetensi => "D4",
        AksiPeserta.CatatSertifikatPengakuan => "D6",
        _ => null,
    };

    public static bool SudahDimulai(InstansDto instans, AksiPeserta aksi) =>
        Untuk(aksi) is not { } kode
        || instans.Langkah.Single(l => l.Kode == kode).Status is StatusLangkah.Berjalan or StatusLangkah.Dijeda or StatusLangkah.Diajukan
            or StatusLangkah.Dikembalikan or StatusLangkah.Selesai;
}

internal sealed class PembacaAngkatan(FasilitatorDbContext db, IMediator mediator, IDirektoriOrganisasi direktori, AksesFasilitator akses)
{
    /// <summary>The cohort and its SOP run, read once (404 when the user may not read it).</summary>
    public async Task<(Angkatan Angkatan, InstansDto Instans)> MuatAsync(Guid id, CancellationToken cancellationToken)
    {
        var a = await db.Angkatan.SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new NotFoundException("Angkatan tidak ditemukan.");
        return (a, await mediator.Send(new GetInstansQuery(a.InstansId), cancellationToken));
    }

    /// <summary>The cohort as shown; <paramref name="instans"/> is reused when the command did not change the SOP run.</summary>
    public async Task<AngkatanDto> DetailAsync(Angkatan a, CancellationToken cancellationToken, InstansDto? instans = null)
    {
        instans ??= await mediator.Send(new GetInstansQuery(a.InstansId), cancellationToken);
        var peserta = await db.Peserta.AsNoTracking().Where(p => p.AngkatanId == a.Id).ToListAsync(cancellationToken);
        var ids = peserta.Select(p => p.FasilitatorId).ToList();
        var orang = await db.Fasilitator.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        var upt = await direktori.NamaUnitAsync(a.UptIds, cancellationToken);
        return new AngkatanDto(
            a.Id, a.Nama, a.DasarKegiatan, a.UptIds.Select(u => new UnitRingkasDto(u, upt.GetValueOrDefault(u, "-"))).ToList(), a.PendaftaranMulai,
            a.PendaftaranSelesai, a.LembagaPelatihan, a.Tahun, instans.BolehMengelola, instans.Status == StatusInstans.Berjalan && akses.PetugasAngkatan(a),
            peserta.OrderBy(p => orang[p.FasilitatorId].Nama, StringComparer.Ordinal)
                .Select(p => KeDto(p, orang[p.FasilitatorId], nik, Enum.GetValues<AksiPeserta>()
                    .Where(x => x != AksiPeserta.Daftar && p.BolehMenjadi(x) && akses.BolehAksi(a, p, x) && LangkahAksi.SudahDimulai(instans, x)).ToList()))
                .ToList(),
            instans);
    }

    public static PesertaDto KeDto(PesertaAngkatan p, Fasilitator f, bool nikUtuh, IReadOnlyList<AksiPeserta> aksi) => new(
        p.Id, f.Id, f.Nama, nikUtuh ? f.Nik : Nik.Samarkan(f.Nik), f.Telepon, f.Email, f.Provinsi, f.KabupatenKota, f.InstansiPenugas, f.Perjanjian, p.UptId,
        p.Status, p.HasilPelatihan, p.SertifikatKompetensi, p.SertifikatPengakuan, p.AlasanBerhenti, p.Riwayat, aksi);
}

internal static class RuteAngkatan
{
    /// <summary>Participating UPTs recruit (D2): each is routed to that step as a Pelaksana.</summary>
    public static async Task<IReadOnlyList<PenugasanBaru>> UntukAsync(Angkatan a, IDirektoriOrganisasi direktori, CancellationToken cancellationToken)
    {
        var gagal = new List<ValidationFailure>();
        for (var i = 0; i < a.UptIds.Count; i++)
        {
            if (await direktori.UnitAsync(a.UptIds[i], cancellationToken) is not { Jenis: "BalaiBesarPom" or "BalaiPom" or "LokaPom" })
            {
                gagal.Add(new ValidationFailure($"uptIds[{i}]", "Bukan Balai Besar/Balai/Loka POM."));
            }
        }

        if (gagal.Count > 0)
        {
            throw new ValidationException(gagal);
        }

        return a.UptIds.Select(u => new PenugasanBaru("D2", u, JenisPenugasan.Pelaksana, "UPT peserta angkatan: rekrutmen fasilitator di wilayahnya.")).ToList();
    }
}

/// <summary>Creates a cohort for the user's unit (a Unit Kerja Pusat running SOP D) and its SOP D run; participating
/// UPTs are routed to recruitment (D2).</summary>
public sealed record BuatAngkatanCommand : DataAngkatan, ICommand<AngkatanDto>
{
    public BuatAngkatanCommand(DataAngkatan data)
        : base(data)
    {
    }
}

internal sealed class BuatAngkatanCommandValidator : AbstractValidator<BuatAngkatanCommand>
{
    public BuatAngkatanCommandValidator() => Include(new DataAngkatanRules<BuatAngkatanCommand>());
}

internal sealed class BuatAngkatanCommandHandler(
    FasilitatorDbContext db, IMediator mediator, ICurrentUser user, IClock clock, PengelolaKegiatanSop pengelola, IDirektoriOrganisasi direktori,
    PembacaAngkatan pembaca)
    : IRequestHandler<BuatAngkatanCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(BuatAngkatanCommand request, CancellationToken cancellationToken)
    {
        await pengelola.PastikanBolehMembuatAsync(
            SopFasilitator.Kode, "Angkatan fasilitator dibentuk oleh direktorat pemberdayaan masyarakat (SOP POM-04.01 D).", cancellationToken, hanyaPusat: true);
        var a = new Angkatan(Guid.CreateVersion7(), user.UnitId, user.UserId, clock.GetCurrentInstant());
        a.Isi(request.Nama, request.DasarKegiatan, request.UptIds ?? [], request.PendaftaranMulai!.Value, request.PendaftaranSelesai!.Value, request.LembagaPelatihan);
        var rute = await RuteAngkatan.UntukAsync(a, direktori, cancellationToken);
        a.HubungkanInstans(await mediator.Send(
            new BuatInstansSopCommand(SopFasilitator.Kode, SopFasilitator.Modul, a.Id, a.Nama, a.UnitId, a.Tahun, rute), cancellationToken));
        db.Angkatan.Add(a);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken);
    }
}

/// <summary>Edits a running cohort (its unit); audited; UPTs added or removed are re-routed while D2 has not started.</summary>
public sealed record UbahAngkatanCommand : DataAngkatan, ICommand<AngkatanDto>
{
    public UbahAngkatanCommand(Guid id, DataAngkatan data)
        : base(data) => Id = id;

    public Guid Id { get; }
}

internal sealed class UbahAngkatanCommandValidator : AbstractValidator<UbahAngkatanCommand>
{
    public UbahAngkatanCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        Include(new DataAngkatanRules<UbahAngkatanCommand>());
    }
}

internal sealed class UbahAngkatanCommandHandler(
    FasilitatorDbContext db, IMediator mediator, PengelolaKegiatanSop pengelola, IDirektoriOrganisasi direktori, PembacaAngkatan pembaca)
    : IRequestHandler<UbahAngkatanCommand, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(UbahAngkatanCommand request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.Id, cancellationToken);
        PengelolaKegiatanSop.PastikanBolehUbah(instans);
        var lama = a.Ringkas();
        a.Isi(request.Nama, request.DasarKegiatan, request.UptIds ?? [], request.PendaftaranMulai!.Value, request.PendaftaranSelesai!.Value, request.LembagaPelatihan);
        await pengelola.CatatUbahAsync(a.InstansId, a.Nama, lama, a.Ringkas(), cancellationToken);
        await mediator.Send(new AturPenugasanCommand(a.InstansId, await RuteAngkatan.UntukAsync(a, direktori, cancellationToken), null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken);
    }
}

/// <summary>One cohort with its participants (404 when the user may not read it).</summary>
public sealed record GetAngkatanQuery(Guid Id) : IQuery<AngkatanDto>;

internal sealed class GetAngkatanQueryValidator : AbstractValidator<GetAngkatanQuery>
{
    public GetAngkatanQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetAngkatanQueryHandler(PembacaAngkatan pembaca) : IRequestHandler<GetAngkatanQuery, AngkatanDto>
{
    public async Task<AngkatanDto> Handle(GetAngkatanQuery request, CancellationToken cancellationToken)
    {
        var (a, instans) = await pembaca.MuatAsync(request.Id, cancellationToken);
        return await pembaca.DetailAsync(a, cancellationToken, instans);
    }
}

/// <summary>Cohorts the user may read (the running unit, participating UPTs, PPSDM, Pimpinan), newest first.</summary>
public sealed record DaftarAngkatanQuery(Guid? UnitId, int? Tahun, string? Cari, SaringanSop Saringan) : IQuery<Halaman<AngkatanRingkasDto>>;

internal sealed class DaftarAngkatanQueryValidator : AbstractValidator<DaftarAngkatanQuery>
{
    public DaftarAngkatanQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Cari).MaximumLength(100);
        this.AturSaringan(x => x.Saringan);
    }
}

internal sealed class DaftarAngkatanQueryHandler(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarAngkatanQuery, Halaman<AngkatanRingkasDto>>
{
    public async Task<Halaman<AngkatanRingkasDto>> Handle(DaftarAngkatanQuery request, CancellationToken cancellationToken)
    {
        var q = await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken, request.UnitId, request.Tahun);
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(a => EF.Functions.ILike(a.Nama, pola));
        }

        var rows = await q.OrderByDescending(a => a.PendaftaranMulai).ThenByDescending(a => a.DibuatPada).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var hitung = (await db.Peserta.AsNoTracking().Where(p => ids.Contains(p.AngkatanId)).Select(p => new { p.AngkatanId, p.Status }).ToListAsync(cancellationToken))
            .GroupBy(p => p.AngkatanId).ToDictionary(g => g.Key, g => (Semua: g.Count(), Diakui: g.Count(p => p.Status == StatusPeserta.Diakui)));
        return await penyusun.HalamanAsync(
            rows, request.Saringan,
            (a, sop, namaUnit) => new AngkatanRingkasDto(
                a.Id, a.InstansId, a.Nama, a.UnitId, namaUnit, a.Tahun, a.PendaftaranMulai, hitung.GetValueOrDefault(a.Id).Semua, hitung.GetValueOrDefault(a.Id).Diakui,
                sop.Status, sop.LangkahAktif, sop.NamaLangkahAktif, sop.StatusLangkahAktif, sop.JatuhTempo, sop.HkTersisa, sop.Sla, sop.Terlambat),
            cancellationToken);
    }
}

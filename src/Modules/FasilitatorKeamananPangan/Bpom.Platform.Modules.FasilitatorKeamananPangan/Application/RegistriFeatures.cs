using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Pembinaan.Contracts;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ValidationException = FluentValidation.ValidationException;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application;

/// <summary>A facilitator in the registry: their latest cohort status and recognition certificate.</summary>
public sealed record FasilitatorRingkasDto(
    Guid Id, string Nama, string Nik, string Provinsi, string KabupatenKota, string InstansiPenugas, StatusPeserta Status, string Angkatan,
    string? NomorSertifikatPengakuan, LocalDate? BerlakuSampai);

/// <summary>A facilitator's path in one cohort.</summary>
public sealed record KeikutsertaanDto(Guid AngkatanId, string Angkatan, PesertaDto Peserta);

/// <summary>A mentoring assignment.</summary>
public sealed record PendampinganDto(Guid Id, Guid? SasaranPembinaanId, string NamaUsaha, string? Nib, LocalDate Mulai, LocalDate? Selesai, string? Catatan);

/// <summary>A facilitator's profile: data, every cohort, assignments.</summary>
public sealed record FasilitatorDto(
    Guid Id, string Nama, string Nik, string? Telepon, string? Email, string Provinsi, string KabupatenKota, string InstansiPenugas, string? Perjanjian,
    IReadOnlyList<KeikutsertaanDto> Keikutsertaan, IReadOnlyList<PendampinganDto> Pendampingan, bool BolehTugaskan);

internal sealed class CakupanFasilitator(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun)
{
    /// <summary>Participants in cohorts the user may read.</summary>
    public async Task<IQueryable<PesertaAngkatan>> PesertaAsync(CancellationToken cancellationToken)
    {
        var angkatan = (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken)).Select(a => a.Id);
        return db.Peserta.AsNoTracking().Where(p => angkatan.Contains(p.AngkatanId));
    }
}

/// <summary>Searches the registry (people in cohorts the user may read) by name, region, status or certificate number.</summary>
public sealed record DaftarFasilitatorQuery(string? Cari, string? Provinsi, StatusPeserta? Status, string? NomorSertifikat, int? Halaman, int? Ukuran)
    : IQuery<Halaman<FasilitatorRingkasDto>>;

internal sealed class DaftarFasilitatorQueryValidator : AbstractValidator<DaftarFasilitatorQuery>
{
    public DaftarFasilitatorQueryValidator()
    {
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Provinsi).MaximumLength(100);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.NomorSertifikat).MaximumLength(60);
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class DaftarFasilitatorQueryHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, AksesFasilitator akses)
    : IRequestHandler<DaftarFasilitatorQuery, Halaman<FasilitatorRingkasDto>>
{
    public async Task<Halaman<FasilitatorRingkasDto>> Handle(DaftarFasilitatorQuery request, CancellationToken cancellationToken)
    {
        var peserta = await (await cakupan.PesertaAsync(cancellationToken))
            .Join(db.Angkatan, p => p.AngkatanId, a => a.Id, (p, a) => new { Peserta = p, Angkatan = a.Nama })
            .ToListAsync(cancellationToken);
        // The latest cohort decides the status shown.
        var terakhir = peserta.GroupBy(x => x.Peserta.FasilitatorId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.Peserta.DidaftarkanPada)!);
        var ids = terakhir.Keys.ToList();
        var q = db.Fasilitator.AsNoTracking().Where(f => ids.Contains(f.Id));
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(f => EF.Functions.ILike(f.Nama, pola));
        }

        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            q = q.Where(f => EF.Functions.ILike(f.Provinsi, request.Provinsi.Trim()));
        }

        var rows = (await q.ToListAsync(cancellationToken))
            .Where(f => request.Status is null || terakhir[f.Id].Peserta.Status == request.Status)
            .Where(f => string.IsNullOrWhiteSpace(request.NomorSertifikat)
                || peserta.Any(x => x.Peserta.FasilitatorId == f.Id && (string.Equals(x.Peserta.SertifikatPengakuan?.Nomor, request.NomorSertifikat.Trim(), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(x.Peserta.SertifikatKompetensi?.Nomor, request.NomorSertifikat.Trim(), StringComparison.OrdinalIgnoreCase))))
            .OrderBy(f => f.Nama, StringComparer.Ordinal).ThenBy(f => f.Id)
            .ToList();
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        var ukuran = request.Ukuran ?? 20;
        var halaman = request.Halaman ?? 1;
        return new Halaman<FasilitatorRingkasDto>(
            rows.Skip((halaman - 1) * ukuran).Take(ukuran).Select(f =>
            {
                var t = terakhir[f.Id];
                return new FasilitatorRingkasDto(
                    f.Id, f.Nama, nik ? f.Nik : Nik.Samarkan(f.Nik), f.Provinsi, f.KabupatenKota, f.InstansiPenugas, t.Peserta.Status, t.Angkatan,
                    t.Peserta.SertifikatPengakuan?.Nomor, t.Peserta.SertifikatPengakuan?.BerlakuSampai);
            }).ToList(),
            rows.Count, halaman, ukuran);
    }
}

/// <summary>A facilitator's profile (404 outside the user's cohorts).</summary>
public sealed record GetFasilitatorQuery(Guid Id) : IQuery<FasilitatorDto>;

internal sealed class GetFasilitatorQueryValidator : AbstractValidator<GetFasilitatorQuery>
{
    public GetFasilitatorQueryValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class GetFasilitatorQueryHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, AksesFasilitator akses, ICurrentUser user, IClock clock)
    : IRequestHandler<GetFasilitatorQuery, FasilitatorDto>
{
    public async Task<FasilitatorDto> Handle(GetFasilitatorQuery request, CancellationToken cancellationToken)
    {
        var peserta = await (await cakupan.PesertaAsync(cancellationToken)).Where(p => p.FasilitatorId == request.Id)
            .Join(db.Angkatan, p => p.AngkatanId, a => a.Id, (p, a) => new { Peserta = p, Angkatan = a })
            .ToListAsync(cancellationToken);
        if (peserta.Count == 0)
        {
            throw new NotFoundException("Fasilitator tidak ditemukan.");
        }

        var f = await db.Fasilitator.AsNoTracking().SingleAsync(x => x.Id == request.Id, cancellationToken);
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        var tugas = await db.Pendampingan.AsNoTracking().Where(p => p.FasilitatorId == f.Id).OrderByDescending(p => p.Mulai).ToListAsync(cancellationToken);
        return new FasilitatorDto(
            f.Id, f.Nama, nik ? f.Nik : Nik.Samarkan(f.Nik), f.Telepon, f.Email, f.Provinsi, f.KabupatenKota, f.InstansiPenugas, f.Perjanjian,
            peserta.OrderByDescending(x => x.Peserta.DidaftarkanPada)
                .Select(x => new KeikutsertaanDto(x.Angkatan.Id, x.Angkatan.Nama, PembacaAngkatan.KeDto(x.Peserta, f, nik, []))).ToList(),
            tugas.Select(t => new PendampinganDto(t.Id, t.SasaranPembinaanId, t.NamaUsaha, t.Nib, t.Mulai, t.Selesai, t.Catatan)).ToList(),
            PendampinganRules.Diakui(peserta.Select(x => x.Peserta), PendampinganRules.HariIni(clock)) && PendampinganRules.BolehMenugaskan(user));
    }
}

internal static class PendampinganRules
{
    /// <summary>Certificate validity is judged on the date in Jakarta, as the public verification does.</summary>
    public static LocalDate HariIni(IClock clock) => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;

    public static bool Diakui(IEnumerable<PesertaAngkatan> peserta, LocalDate hariIni) =>
        peserta.Any(p => p.Status == StatusPeserta.Diakui && p.SertifikatPengakuan is { } s && s.BerlakuSampai >= hariIni);

    public static bool BolehMenugaskan(ICurrentUser user) =>
        user.IsInRole(Peran.UnitKerjaPusat) || user.IsInRole(Peran.Upt) || user.IsInRole(Peran.KepalaUnit) || user.IsInRole(Peran.Admin);
}

/// <summary>Assigns a recognised facilitator (valid recognition certificate) to mentor a business: one from the
/// Pembinaan registry (<paramref name="SasaranPembinaanId"/>) or a plain record (name, NIB).</summary>
public sealed record TugaskanFasilitatorCommand(
    Guid FasilitatorId, Guid? SasaranPembinaanId, string? NamaUsaha, string? Nib, LocalDate? Mulai, LocalDate? Selesai, string? Catatan) : ICommand<FasilitatorDto>;

internal sealed class TugaskanFasilitatorCommandValidator : AbstractValidator<TugaskanFasilitatorCommand>
{
    public TugaskanFasilitatorCommandValidator()
    {
        RuleFor(x => x.FasilitatorId).NotEmpty();
        RuleFor(x => x.NamaUsaha).NotEmpty().WithMessage("Pilih pelaku usaha dari daftar pembinaan atau isi namanya.").MaximumLength(200).When(x => x.SasaranPembinaanId is null);
        RuleFor(x => x.Nib).Matches("^[0-9]{13}$").WithMessage("NIB terdiri atas 13 angka.").When(x => !string.IsNullOrWhiteSpace(x.Nib));
        RuleFor(x => x.Mulai).NotNull().WithMessage("Tanggal mulai wajib diisi.");
        RuleFor(x => x.Selesai).Must((x, d) => d is null || x.Mulai is null || d >= x.Mulai).WithMessage("Tanggal selesai tidak boleh sebelum mulai.");
        RuleFor(x => x.Catatan).MaximumLength(1000);
    }
}

internal sealed class TugaskanFasilitatorCommandHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, IMediator mediator, ICurrentUser user, IClock clock)
    : IRequestHandler<TugaskanFasilitatorCommand, FasilitatorDto>
{
    public async Task<FasilitatorDto> Handle(TugaskanFasilitatorCommand request, CancellationToken cancellationToken)
    {
        var peserta = await (await cakupan.PesertaAsync(cancellationToken)).Where(p => p.FasilitatorId == request.FasilitatorId).ToListAsync(cancellationToken);
        if (peserta.Count == 0)
        {
            throw new NotFoundException("Fasilitator tidak ditemukan.");
        }

        if (!PendampinganRules.BolehMenugaskan(user))
        {
            throw new ForbiddenException("Penugasan fasilitator dibuat oleh petugas Unit Kerja Pusat atau UPT.");
        }

        if (!PendampinganRules.Diakui(peserta, PendampinganRules.HariIni(clock)))
        {
            throw new DomainException("Hanya fasilitator dengan sertifikat pengakuan yang masih berlaku yang dapat ditugaskan.");
        }

        var (nama, nib) = (request.NamaUsaha?.Trim() ?? string.Empty, request.Nib);
        if (request.SasaranPembinaanId is { } sid)
        {
            var s = await mediator.Send(new GetSasaranPembinaanInfoQuery(sid), cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("sasaranPembinaanId", "Pelaku usaha tidak ada di daftar pembinaan.")]);
            (nama, nib) = (s.Nama, s.Nib);
        }

        db.Pendampingan.Add(new PendampinganFasilitator(
            Guid.CreateVersion7(), request.FasilitatorId, request.SasaranPembinaanId, nama, nib, request.Mulai!.Value, request.Selesai, request.Catatan, user.UserId,
            clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetFasilitatorQuery(request.FasilitatorId), cancellationToken);
    }
}

/// <summary>What waits for PPSDM: training results (D3 running), competency certificates (D4 running, trained
/// competent) and recognition certificates to ratify (D6 running).</summary>
public sealed record AntreanPpsdmDto(Guid AngkatanId, string Angkatan, Guid PesertaId, Guid FasilitatorId, string Nama, StatusPeserta Status, AksiPeserta AksiBerikut);

/// <summary>The PPSDM queue (PPSDM, Pimpinan, Admin).</summary>
public sealed record AntreanPpsdmQuery : IQuery<IReadOnlyList<AntreanPpsdmDto>>;

internal sealed class AntreanPpsdmQueryHandler(FasilitatorDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<AntreanPpsdmQuery, IReadOnlyList<AntreanPpsdmDto>>
{
    public async Task<IReadOnlyList<AntreanPpsdmDto>> Handle(AntreanPpsdmQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Peran.Ppsdm) && !user.IsInRole(Peran.Pimpinan) && !user.IsInRole(Peran.Admin))
        {
            throw new ForbiddenException("Antrean ini untuk PPSDM.");
        }

        var angkatan = await db.Angkatan.AsNoTracking().ToListAsync(cancellationToken);
        var ringkas = await mediator.Send(new RingkasanInstansQuery(angkatan.Select(a => a.InstansId).ToList()), cancellationToken);
        var aktif = angkatan.Where(a => ringkas.TryGetValue(a.InstansId, out var r) && r.Status == StatusInstans.Berjalan)
            .ToDictionary(a => a.Id, a => (Angkatan: a, Langkah: ringkas[a.InstansId].LangkahAktif));
        var ids = aktif.Keys.ToList();
        var peserta = await db.Peserta.AsNoTracking().Where(p => ids.Contains(p.AngkatanId))
            .Join(db.Fasilitator, p => p.FasilitatorId, f => f.Id, (p, f) => new { Peserta = p, f.Nama }).ToListAsync(cancellationToken);
        return peserta.Select(x =>
            {
                var (a, langkah) = aktif[x.Peserta.AngkatanId];
                AksiPeserta? berikut = (langkah, x.Peserta.Status) switch
                {
                    ("D3", StatusPeserta.Direkrut) => AksiPeserta.CatatPelatihan,
                    ("D4", StatusPeserta.Dilatih) when x.Peserta.HasilPelatihan == HasilPelatihan.Kompeten => AksiPeserta.CatatSertifikatKompetensi,
                    ("D6", StatusPeserta.TersertifikasiKompetensi) => AksiPeserta.CatatSertifikatPengakuan,
                    _ => null,
                };
                return berikut is null ? null : new AntreanPpsdmDto(a.Id, a.Nama, x.Peserta.Id, x.Peserta.FasilitatorId, x.Nama, x.Peserta.Status, berikut.Value);
            })
            .OfType<AntreanPpsdmDto>()
            .OrderBy(x => x.Angkatan, StringComparer.Ordinal).ThenBy(x => x.Nama, StringComparer.Ordinal)
            .ToList();
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

/// <summary>Searches the registry (people in cohorts the user may read) by name, region, status, certificate number or
/// the unit that ran their latest cohort.</summary>
internal sealed record DaftarFasilitatorQuery(
    string? Cari, string? Provinsi, StatusPeserta? Status, string? NomorSertifikat, int? Halaman, int? Ukuran, Guid? UnitId = null)
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

/// <summary>In SQL: each facilitator's latest participation in a cohort the user may read (it decides the status
/// shown), filtered, sorted by name and paged with a capped count; only the page is read, without histories.</summary>
internal sealed class DaftarFasilitatorQueryHandler(FasilitatorDbContext db, CakupanFasilitator cakupan, AksesFasilitator akses)
    : IRequestHandler<DaftarFasilitatorQuery, Halaman<FasilitatorRingkasDto>>
{
    public async Task<Halaman<FasilitatorRingkasDto>> Handle(DaftarFasilitatorQuery request, CancellationToken cancellationToken)
    {
        var peserta = await cakupan.PesertaAsync(cancellationToken);
        var terakhir = peserta.Where(p => !peserta.Any(x => x.FasilitatorId == p.FasilitatorId
            && (x.DidaftarkanPada > p.DidaftarkanPada || (x.DidaftarkanPada == p.DidaftarkanPada && x.AngkatanId.CompareTo(p.AngkatanId) > 0))));
        var q = from t in terakhir
                join f in db.Fasilitator.AsNoTracking() on t.FasilitatorId equals f.Id
                join a in db.Angkatan.AsNoTracking() on t.AngkatanId equals a.Id
                select new
                {
                    f.Id,
                    f.Nama,
                    f.Nik,
                    f.Provinsi,
                    f.KabupatenKota,
                    f.InstansiPenugas,
                    t.Status,
                    Angkatan = a.Nama,
                    a.UnitId,
                    NomorPengakuan = t.SertifikatPengakuan!.Nomor,
                    BerlakuSampai = (LocalDate?)t.SertifikatPengakuan!.BerlakuSampai,
                };
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(f => EF.Functions.ILike(f.Nama, pola));
        }

        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            q = q.Where(f => EF.Functions.ILike(f.Provinsi, request.Provinsi.Trim()));
        }

        if (request.UnitId is { } unitId)
        {
            q = q.Where(f => f.UnitId == unitId);
        }

        if (request.Status is { } status)
        {
            q = q.Where(f => f.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.NomorSertifikat))
        {
            var nomor = request.NomorSertifikat.Trim().ToUpperInvariant();
            q = q.Where(f => peserta.Any(p => p.FasilitatorId == f.Id
                && (p.SertifikatPengakuan!.Nomor!.ToUpper() == nomor || p.SertifikatKompetensi!.Nomor!.ToUpper() == nomor)));
        }

        var ukuran = request.Ukuran ?? 20;
        var halaman = request.Halaman ?? 1;
        var lewati = (halaman - 1) * ukuran;
        var batas = Halaman<FasilitatorRingkasDto>.BatasUntuk(halaman, ukuran);
        var total = await q.Select(f => f.Id).Take(batas).CountAsync(cancellationToken);
        var rows = await q.OrderBy(f => f.Nama).ThenBy(f => f.Id).Skip(lewati).Take(ukuran).ToListAsync(cancellationToken);
        var nik = await akses.BolehLihatNikAsync(cancellationToken);
        return Halaman<FasilitatorRingkasDto>.DariHitungan(
            rows.Select(f => new FasilitatorRingkasDto(
                f.Id, f.Nama, nik ? f.Nik : Nik.Samarkan(f.Nik), f.Provinsi, f.KabupatenKota, f.InstansiPenugas, f.Status, f.Angkatan, f.NomorPengakuan, f.BerlakuSampai)).ToList(),
            total, batas, halaman, ukuran);
    }
}

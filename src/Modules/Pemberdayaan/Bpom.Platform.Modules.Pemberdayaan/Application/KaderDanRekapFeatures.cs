using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Pemberdayaan.Contracts;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pemberdayaan.Application;

/// <summary>A kader/duta in the registry, with the activity that formed them.</summary>
public sealed record KaderRegistriDto(
    Guid Id, string Nama, PeranKader Peran, string Komunitas, JenisKomunitas? JenisKomunitas, string? KabupatenKota, string? Kontak, Guid KegiatanId,
    string JudulKegiatan, ProgramPemberdayaan Program, Guid UnitId, string NamaUnit, int Tahun);

/// <summary>The registry of kader and duta formed, over activities the user may read.</summary>
/// <param name="Cari">Part of the name or the community.</param>
/// <param name="Peran">Kader or Duta.</param>
/// <param name="UnitId">Only this unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Halaman">Page (from 1).</param>
/// <param name="Ukuran">Page size (1–100, default 20).</param>
public sealed record DaftarKaderQuery(string? Cari, PeranKader? Peran, Guid? UnitId, int? Tahun, int? Halaman, int? Ukuran) : IQuery<Halaman<KaderRegistriDto>>;

internal sealed class DaftarKaderQueryValidator : AbstractValidator<DaftarKaderQuery>
{
    public DaftarKaderQueryValidator()
    {
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Peran).IsInEnum();
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class DaftarKaderQueryHandler(PemberdayaanDbContext db, PenyusunDaftarKegiatan penyusun, IDirektoriOrganisasi direktori)
    : IRequestHandler<DaftarKaderQuery, Halaman<KaderRegistriDto>>
{
    public async Task<Halaman<KaderRegistriDto>> Handle(DaftarKaderQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await penyusun.CakupanAsync(
            db.Kegiatan.AsNoTracking().IgnoreAutoIncludes(), SopPemberdayaan.Kode, cancellationToken, request.UnitId, request.Tahun);

        var q = db.Kader.AsNoTracking().Join(kegiatan, x => x.KegiatanId, k => k.Id, (x, k) => new { Kader = x, Kegiatan = k });
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(x => EF.Functions.ILike(x.Kader.Nama, pola) || EF.Functions.ILike(x.Kader.Komunitas, pola));
        }

        if (request.Peran is { } peran)
        {
            q = q.Where(x => x.Kader.Peran == peran);
        }

        var ukuran = request.Ukuran ?? 20;
        var halaman = request.Halaman ?? 1;
        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderBy(x => x.Kader.Nama).ThenBy(x => x.Kader.Id).Skip((halaman - 1) * ukuran).Take(ukuran).ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.Kegiatan.UnitId).ToList(), cancellationToken);
        return new Halaman<KaderRegistriDto>(
            rows.Select(r =>
            {
                var komunitas = r.Kegiatan.Komunitas.FirstOrDefault(k => string.Equals(k.Nama, r.Kader.Komunitas, StringComparison.OrdinalIgnoreCase));
                return new KaderRegistriDto(
                    r.Kader.Id, r.Kader.Nama, r.Kader.Peran, r.Kader.Komunitas, komunitas?.Jenis, komunitas?.KabupatenKota, r.Kader.Kontak, r.Kegiatan.Id,
                    r.Kegiatan.Judul, r.Kegiatan.Program, r.Kegiatan.UnitId, nama.GetValueOrDefault(r.Kegiatan.UnitId, "-"), r.Kegiatan.Tahun);
            }).ToList(),
            total, halaman, ukuran);
    }
}

internal sealed class RekapPemberdayaanQueryValidator : AbstractValidator<RekapPemberdayaanQuery>
{
    public RekapPemberdayaanQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Periode).Must((x, p) => PeriodeLaporan.Rentang(2000, p) is not null)
            .WithMessage("periode harus TW1–TW4 atau B01–B12 (kosong = setahun).");
    }
}

internal sealed class RekapPemberdayaanQueryHandler(PemberdayaanDbContext db, PenyusunDaftarKegiatan penyusun, IMediator mediator, IDirektoriOrganisasi direktori)
    : IRequestHandler<RekapPemberdayaanQuery, RekapPemberdayaanDto>
{
    public async Task<RekapPemberdayaanDto> Handle(RekapPemberdayaanQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = PeriodeLaporan.Rentang(request.Tahun, request.Periode)!.Value;
        var q = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopPemberdayaan.Kode, cancellationToken, request.UnitId);

        // Activities carried out in the period: step C3 finished between dari and sampai (a plan from late last year
        // carried out this year counts this year).
        var calon = await q.Where(k => k.TanggalRencanaMulai <= sampai && k.Tahun >= request.Tahun - 1).ToListAsync(cancellationToken);
        var terlaksana = await mediator.Send(new TanggalSelesaiLangkahQuery(calon.Select(k => k.InstansId).ToList(), SopPemberdayaan.LangkahPelaksanaan), cancellationToken);
        var dihitung = calon.Where(k => terlaksana.TryGetValue(k.InstansId, out var t) && t >= dari && t <= sampai).ToList();
        var nama = await direktori.NamaUnitAsync(dihitung.Select(k => k.UnitId).ToList(), cancellationToken);
        var unit = dihitung.GroupBy(k => k.UnitId)
            .Select(g => Hitung(g.Key, nama.GetValueOrDefault(g.Key, "-"), g.ToList()))
            .OrderBy(u => u.NamaUnit, StringComparer.Ordinal).ToList();
        return new RekapPemberdayaanDto(request.Tahun, request.Periode?.Trim().ToUpperInvariant(), unit, Hitung(Guid.Empty, "Total", dihitung));
    }

    private static RekapPemberdayaanUnitDto Hitung(Guid unitId, string namaUnit, IReadOnlyList<KegiatanPemberdayaan> kegiatan)
    {
        var komunitas = kegiatan.SelectMany(k => k.Komunitas)
            .Select(k => (k.Jenis, Kunci: $"{k.Nama.Trim().ToUpperInvariant()}|{k.KabupatenKota.Trim().ToUpperInvariant()}"))
            .Distinct().ToList();
        return new RekapPemberdayaanUnitDto(
            unitId, namaUnit, kegiatan.Count,
            komunitas.Count(k => k.Jenis == JenisKomunitas.Desa),
            komunitas.Count(k => k.Jenis == JenisKomunitas.Pasar),
            komunitas.Count(k => k.Jenis == JenisKomunitas.Sekolah),
            komunitas.Count(k => k.Jenis is not (JenisKomunitas.Desa or JenisKomunitas.Pasar or JenisKomunitas.Sekolah)),
            kegiatan.Sum(k => k.Kader.Count),
            kegiatan.Sum(k => k.JumlahPeserta));
    }
}

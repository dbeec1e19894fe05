using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.RegistriKader;

/// <summary>A kader/duta in the registry, with the activity that formed them.</summary>
internal sealed record KaderRegistriDto(
    Guid Id, string Nama, PeranKader Peran, string Komunitas, JenisKomunitas? JenisKomunitas, string? KabupatenKota, string? Kontak, Guid KegiatanId,
    string JudulKegiatan, ProgramPemberdayaan Program, Guid UnitId, string NamaUnit, int Tahun);

/// <summary>The registry of kader and duta formed, over activities the user may read.</summary>
/// <param name="Cari">Part of the name or the community.</param>
/// <param name="Peran">Kader or Duta.</param>
/// <param name="UnitId">Only this unit.</param>
/// <param name="Tahun">Only this year.</param>
/// <param name="Halaman">Page (from 1).</param>
/// <param name="Ukuran">Page size (1–100, default 20).</param>
/// <param name="Provinsi">Only kader formed by units in this province.</param>
internal sealed record DaftarKaderQuery(string? Cari, PeranKader? Peran, Guid? UnitId, int? Tahun, int? Halaman, int? Ukuran, string? Provinsi = null)
    : IQuery<Halaman<KaderRegistriDto>>;

internal sealed class DaftarKaderQueryValidator : AbstractValidator<DaftarKaderQuery>
{
    public DaftarKaderQueryValidator()
    {
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Peran).IsInEnum();
        RuleFor(x => x.Provinsi).MaximumLength(100);
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
        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            var diProvinsi = await direktori.UnitDiProvinsiAsync(request.Provinsi.Trim(), cancellationToken);
            kegiatan = kegiatan.Where(k => diProvinsi.Contains(k.UnitId));
        }

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
        var lewati = (halaman - 1) * ukuran;
        var batas = Halaman<KaderRegistriDto>.BatasUntuk(halaman, ukuran);
        var total = await q.Select(x => x.Kader.Id).Take(batas).CountAsync(cancellationToken);
        var rows = await q.OrderBy(x => x.Kader.Nama).ThenBy(x => x.Kader.Id).Skip(lewati).Take(ukuran).ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.Kegiatan.UnitId).ToList(), cancellationToken);
        return Halaman<KaderRegistriDto>.DariHitungan(
            rows.Select(r =>
            {
                var komunitas = r.Kegiatan.Komunitas.FirstOrDefault(k => string.Equals(k.Nama, r.Kader.Komunitas, StringComparison.OrdinalIgnoreCase));
                return new KaderRegistriDto(
                    r.Kader.Id, r.Kader.Nama, r.Kader.Peran, r.Kader.Komunitas, komunitas?.Jenis, komunitas?.KabupatenKota, r.Kader.Kontak, r.Kegiatan.Id,
                    r.Kegiatan.Judul, r.Kegiatan.Program, r.Kegiatan.UnitId, nama.GetValueOrDefault(r.Kegiatan.UnitId, "-"), r.Kegiatan.Tahun);
            }).ToList(),
            total, batas, halaman, ukuran);
    }
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.Modules.Pemberdayaan.Contracts;
using Bpom.Platform.Modules.Pemberdayaan.Domain;
using Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Pemberdayaan.Application.Rekap;

internal sealed class RekapPemberdayaanQueryValidator : AbstractValidator<RekapPemberdayaanQuery>
{
    public RekapPemberdayaanQueryValidator()
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Periode).Must((x, p) => PeriodeLaporan.Rentang(2000, p) is not null)
            .WithMessage("periode harus TW1–TW4 atau B01–B12 (kosong = setahun).");
    }
}

/// <summary>Activities carried out in the period (C3 finished between dari and sampai — a plan from late last year
/// carried out this year counts this year), read from this module's own table by their carried-out date, projected to
/// what is counted.</summary>
internal sealed class RekapPemberdayaanQueryHandler(PemberdayaanDbContext db, PenyusunDaftarKegiatan penyusun, IDirektoriOrganisasi direktori)
    : IRequestHandler<RekapPemberdayaanQuery, RekapPemberdayaanDto>
{
    public async Task<RekapPemberdayaanDto> Handle(RekapPemberdayaanQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = PeriodeLaporan.Rentang(request.Tahun, request.Periode)!.Value;
        var q = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking().IgnoreAutoIncludes(), SopPemberdayaan.Kode, cancellationToken, request.UnitId);
        var dihitung = await q.Where(k => k.TanggalTerlaksana >= dari && k.TanggalTerlaksana <= sampai)
            .Select(k => new Terlaksana(k.UnitId, k.Komunitas, k.JumlahPeserta, db.Kader.Count(x => x.KegiatanId == k.Id)))
            .ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(dihitung.Select(k => k.UnitId).Distinct().ToList(), cancellationToken);
        var unit = dihitung.GroupBy(k => k.UnitId)
            .Select(g => Hitung(g.Key, nama.GetValueOrDefault(g.Key, "-"), g.ToList()))
            .OrderBy(u => u.NamaUnit, StringComparer.Ordinal).ToList();
        return new RekapPemberdayaanDto(request.Tahun, request.Periode?.Trim().ToUpperInvariant(), unit, Hitung(Guid.Empty, "Total", dihitung));
    }

    internal static RekapPemberdayaanUnitDto Hitung(Guid unitId, string namaUnit, IReadOnlyList<Terlaksana> kegiatan)
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
            kegiatan.Sum(k => k.Kader),
            kegiatan.Sum(k => k.Peserta));
    }

    /// <summary>What the recap counts of one activity carried out.</summary>
    internal sealed record Terlaksana(Guid UnitId, List<KomunitasSasaran> Komunitas, int Peserta, int Kader);
}

using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Pembinaan.Domain;
using Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Pembinaan.Application.Registri;

/// <summary>A registry record in the list: how often and when it was last guided (in activities the user may read).</summary>
internal sealed record SasaranRingkasDto(
    Guid Id, string Nama, JenisSasaran Jenis, string? Nib, bool Umkm, bool Irtp, string Provinsi, string KabupatenKota, int JumlahKegiatan,
    LocalDate TerakhirDibina);

/// <summary>The registry of businesses and stakeholders guided, limited to those guided in activities the user may read.</summary>
/// <param name="Cari">Part of the name, or the NIB.</param>
/// <param name="Jenis">Only this kind.</param>
/// <param name="Provinsi">Only this province.</param>
/// <param name="Halaman">Page (from 1).</param>
/// <param name="Ukuran">Page size (1–100, default 20).</param>
internal sealed record DaftarSasaranQuery(string? Cari, JenisSasaran? Jenis, string? Provinsi, int? Halaman, int? Ukuran) : IQuery<Halaman<SasaranRingkasDto>>;

internal sealed class DaftarSasaranQueryValidator : AbstractValidator<DaftarSasaranQuery>
{
    public DaftarSasaranQueryValidator()
    {
        RuleFor(x => x.Cari).MaximumLength(100);
        RuleFor(x => x.Jenis).IsInEnum();
        RuleFor(x => x.Provinsi).MaximumLength(100);
        RuleFor(x => x.Halaman).GreaterThanOrEqualTo(1).WithMessage("halaman mulai dari 1.");
        RuleFor(x => x.Ukuran).InclusiveBetween(1, 100).WithMessage("ukuran harus antara 1 dan 100.");
    }
}

internal sealed class DaftarSasaranQueryHandler(PembinaanDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarSasaranQuery, Halaman<SasaranRingkasDto>>
{
    public async Task<Halaman<SasaranRingkasDto>> Handle(DaftarSasaranQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await (await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking(), SopPembinaan.Kode, cancellationToken))
            .Select(k => new { k.SasaranIds, k.TanggalRencanaMulai }).ToListAsync(cancellationToken);
        var riwayat = kegiatan.SelectMany(k => k.SasaranIds.Select(s => (Sasaran: s, k.TanggalRencanaMulai)))
            .GroupBy(x => x.Sasaran).ToDictionary(g => g.Key, g => (Jumlah: g.Count(), Terakhir: g.Max(x => x.TanggalRencanaMulai)));
        var ids = riwayat.Keys.ToList();
        var q = db.Sasaran.AsNoTracking().Where(s => ids.Contains(s.Id));
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var pola = $"%{request.Cari.Trim()}%";
            q = q.Where(s => EF.Functions.ILike(s.Nama, pola) || s.Nib == request.Cari.Trim());
        }

        if (request.Jenis is { } jenis)
        {
            q = q.Where(s => s.Jenis == jenis);
        }

        if (!string.IsNullOrWhiteSpace(request.Provinsi))
        {
            q = q.Where(s => EF.Functions.ILike(s.Provinsi, request.Provinsi.Trim()));
        }

        var ukuran = request.Ukuran ?? 20;
        var halaman = request.Halaman ?? 1;
        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderBy(s => s.Nama).ThenBy(s => s.Id).Skip((halaman - 1) * ukuran).Take(ukuran).ToListAsync(cancellationToken);
        return new Halaman<SasaranRingkasDto>(
            rows.Select(s => new SasaranRingkasDto(
                s.Id, s.Nama, s.Jenis, s.Nib, s.Umkm, s.Irtp, s.Provinsi, s.KabupatenKota, riwayat[s.Id].Jumlah, riwayat[s.Id].Terakhir)).ToList(),
            total, halaman, ukuran);
    }
}

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

/// <summary>
/// In SQL: the registry filtered (trigram search on the name, NIB, kind, province), kept to records guided in an
/// activity the user may read (scoped like the SOP's list), sorted by name and paged with a capped count; how often and when each record of the page was guided is then
/// counted for those records only.
/// </summary>
internal sealed class DaftarSasaranQueryHandler(PembinaanDbContext db, PenyusunDaftarKegiatan penyusun)
    : IRequestHandler<DaftarSasaranQuery, Halaman<SasaranRingkasDto>>
{
    public async Task<Halaman<SasaranRingkasDto>> Handle(DaftarSasaranQuery request, CancellationToken cancellationToken)
    {
        var kegiatan = await penyusun.CakupanAsync(db.Kegiatan.AsNoTracking().IgnoreAutoIncludes(), SopPembinaan.Kode, cancellationToken);
        // Nationally, a containment probe per record in name order (stops at the page); for a few units, the
        // records named by their (few) activities, unnested once.
        var q = await penyusun.NasionalAsync(SopPembinaan.Kode, cancellationToken)
            ? db.Sasaran.AsNoTracking().Where(s => kegiatan.Any(k => new[] { s.Id }.All(x => k.SasaranIds.Contains(x))))
            : db.Sasaran.AsNoTracking().Where(s => kegiatan.SelectMany(k => k.SasaranIds).Contains(s.Id));
        if (!string.IsNullOrWhiteSpace(request.Cari))
        {
            var cari = request.Cari.Trim();
            var pola = $"%{cari}%";
            q = q.Where(s => EF.Functions.ILike(s.Nama, pola) || s.Nib == cari);
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
        var lewati = (halaman - 1) * ukuran;
        var batas = Halaman<SasaranRingkasDto>.BatasUntuk(halaman, ukuran);
        var terhitung = await q.Select(s => s.Id).Take(batas).CountAsync(cancellationToken);
        var rows = await q.OrderBy(s => s.Nama).ThenBy(s => s.Id).Skip(lewati).Take(ukuran).ToListAsync(cancellationToken);
        var ids = rows.Select(s => s.Id).ToList();
        var riwayat = ids.Count == 0
            ? []
            : (await kegiatan.Where(k => k.SasaranIds.Any(x => ids.Contains(x)))
                    .SelectMany(k => k.SasaranIds, (k, sasaranId) => new { SasaranId = sasaranId, k.TanggalRencanaMulai })
                    .Where(x => ids.Contains(x.SasaranId))
                    .GroupBy(x => x.SasaranId)
                    .Select(g => new { Id = g.Key, Jumlah = g.Count(), Terakhir = g.Max(x => x.TanggalRencanaMulai) })
                    .ToListAsync(cancellationToken))
                .ToDictionary(r => r.Id, r => (r.Jumlah, r.Terakhir));
        var item = rows.Where(s => riwayat.ContainsKey(s.Id))
            .Select(s => new SasaranRingkasDto(s.Id, s.Nama, s.Jenis, s.Nib, s.Umkm, s.Irtp, s.Provinsi, s.KabupatenKota, riwayat[s.Id].Jumlah, riwayat[s.Id].Terakhir))
            .ToList();
        return Halaman<SasaranRingkasDto>.DariHitungan(item, terhitung, batas, halaman, ukuran);
    }
}

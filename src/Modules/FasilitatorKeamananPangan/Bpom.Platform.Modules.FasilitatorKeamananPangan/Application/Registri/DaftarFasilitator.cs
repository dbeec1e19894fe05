using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Akses;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Domain;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Registri;

/// <summary>Searches the registry (people in cohorts the user may read) by name, region, status or certificate number.</summary>
internal sealed record DaftarFasilitatorQuery(string? Cari, string? Provinsi, StatusPeserta? Status, string? NomorSertifikat, int? Halaman, int? Ukuran)
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

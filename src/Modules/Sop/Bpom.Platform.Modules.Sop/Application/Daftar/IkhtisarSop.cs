using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Sop.Application.Akses;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Daftar;

/// <summary>A year of one SOP at one unit: activities by state and steps overdue now.</summary>
internal sealed record IkhtisarUnitDto(Guid UnitId, string Unit, string KodeSop, int Kegiatan, int Berjalan, int Selesai, int Dibatalkan, int Terlambat);

/// <summary>A year of one SOP nationally (within the reader's scope): totals, and the UPT that have no activity of
/// it yet.</summary>
internal sealed record IkhtisarSopRingkasDto(
    string KodeSop, string NamaKegiatan, string TautanDaftar, int Kegiatan, int Berjalan, int Selesai, int Dibatalkan, int Terlambat, int UnitAktif,
    IReadOnlyList<string> UptTanpaKegiatan);

/// <summary>The national overview of the SOPs for a year.</summary>
internal sealed record IkhtisarSopDto(int Tahun, IReadOnlyList<IkhtisarSopRingkasDto> Sop, IReadOnlyList<IkhtisarUnitDto> Unit);

/// <summary>The year's activities per SOP and unit the user may read, counted in the database (one grouped query
/// over the year's runs, on the module/year index), with the UPT that have none yet; for leadership, admins and
/// central units. A UPT sees its own units only (and no "without activity" list of others).</summary>
internal sealed record IkhtisarSopQuery(int Tahun) : IQuery<IkhtisarSopDto>;

internal sealed class IkhtisarSopQueryValidator : AbstractValidator<IkhtisarSopQuery>
{
    public IkhtisarSopQueryValidator() =>
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).OverridePropertyName("tahun").WithMessage("tahun harus antara 2000 dan 2100.");
}

internal sealed class IkhtisarSopQueryHandler(SopDbContext db, AksesSop akses, DaftarSop daftarSop, IDirektoriOrganisasi direktori, IClock clock)
    : IRequestHandler<IkhtisarSopQuery, IkhtisarSopDto>
{
    private static readonly string[] JenisUpt = ["BalaiBesarPom", "BalaiPom", "LokaPom"];

    public async Task<IkhtisarSopDto> Handle(IkhtisarSopQuery request, CancellationToken cancellationToken)
    {
        var cakupan = await akses.CakupanAsync(cancellationToken);
        var sekarang = clock.GetCurrentInstant();
        var baris = await db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.Tahun == request.Tahun && i.Modul != ModulSop.SiklusTahunan)
            .GroupBy(i => new { i.KodeSop, i.UnitId })
            .Select(g => new
            {
                g.Key.KodeSop,
                g.Key.UnitId,
                Kegiatan = g.Count(),
                Berjalan = g.Count(i => i.Status == StatusInstans.Berjalan),
                Selesai = g.Count(i => i.Status == StatusInstans.Selesai),
                Dibatalkan = g.Count(i => i.Status == StatusInstans.Dibatalkan),
                Terlambat = g.Count(i => i.Status == StatusInstans.Berjalan && i.TerlambatSejak != null && i.TerlambatSejak <= sekarang),
            })
            .ToListAsync(cancellationToken);
        var semua = await direktori.SemuaUnitAsync(cancellationToken);
        var nama = semua.ToDictionary(u => u.Id, u => u.Nama);
        var upt = semua.Where(u => JenisUpt.Contains(u.Jenis)).ToList();
        var unit = new List<IkhtisarUnitDto>();
        var sop = new List<IkhtisarSopRingkasDto>();
        foreach (var d in daftarSop.Semua)
        {
            var saringan = cakupan.SaringanUntuk(d.Kode);
            var milik = baris.Where(b => b.KodeSop == d.Kode && (saringan is null || saringan.Contains(b.UnitId))).ToList();
            unit.AddRange(milik.Select(b => new IkhtisarUnitDto(
                b.UnitId, nama.GetValueOrDefault(b.UnitId, "-"), b.KodeSop, b.Kegiatan, b.Berjalan, b.Selesai, b.Dibatalkan, b.Terlambat)));
            var aktif = milik.Select(b => b.UnitId).ToHashSet();
            var tanpa = saringan is null && !d.HanyaUnitPusatMembuat
                ? upt.Where(u => !aktif.Contains(u.Id)).Select(u => u.Nama).ToList()
                : [];
            sop.Add(new IkhtisarSopRingkasDto(
                d.Kode, d.NamaKegiatan, d.TautanKegiatan.Replace("/{id}", string.Empty, StringComparison.Ordinal), milik.Sum(b => b.Kegiatan),
                milik.Sum(b => b.Berjalan), milik.Sum(b => b.Selesai), milik.Sum(b => b.Dibatalkan), milik.Sum(b => b.Terlambat), aktif.Count, tanpa));
        }

        return new IkhtisarSopDto(
            request.Tahun, sop, [.. unit.OrderBy(u => u.KodeSop, StringComparer.Ordinal).ThenByDescending(u => u.Terlambat).ThenBy(u => u.Unit, StringComparer.Ordinal)]);
    }
}

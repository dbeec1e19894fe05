using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.FasilitatorKeamananPangan.Infrastructure.Persistence;
using Bpom.Platform.Modules.Sop.Contracts.Kegiatan;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Monev;

/// <summary>A quarterly monev report as listed.</summary>
internal sealed record MonevTriwulanDto(
    Guid Id, Guid AngkatanId, string Angkatan, Guid UnitId, string NamaUnit, int Tahun, int Triwulan, LocalDate JatuhTempo, Instant? DikirimPada,
    string? DikirimOleh, string? Ringkasan, bool Terlambat, bool BolehKirim);

/// <summary>Quarterly monev reports of the cohorts the user may read.</summary>
internal sealed record DaftarMonevTriwulanQuery(int? Tahun) : IQuery<IReadOnlyList<MonevTriwulanDto>>;

internal sealed class DaftarMonevTriwulanQueryValidator : AbstractValidator<DaftarMonevTriwulanQuery>
{
    public DaftarMonevTriwulanQueryValidator() => RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");
}

internal sealed class DaftarMonevTriwulanQueryHandler(FasilitatorDbContext db, PenyusunDaftarKegiatan penyusun, IDirektoriOrganisasi direktori, ICurrentUser user, IClock clock)
    : IRequestHandler<DaftarMonevTriwulanQuery, IReadOnlyList<MonevTriwulanDto>>
{
    public async Task<IReadOnlyList<MonevTriwulanDto>> Handle(DaftarMonevTriwulanQuery request, CancellationToken cancellationToken)
    {
        var angkatan = await (await penyusun.CakupanAsync(db.Angkatan.AsNoTracking(), SopFasilitator.Kode, cancellationToken))
            .ToDictionaryAsync(a => a.Id, a => a.Nama, cancellationToken);
        var ids = angkatan.Keys.ToList();
        var q = db.MonevTriwulan.AsNoTracking().Where(l => ids.Contains(l.AngkatanId));
        if (request.Tahun is { } tahun)
        {
            q = q.Where(l => l.Tahun == tahun);
        }

        var rows = await q.ToListAsync(cancellationToken);
        var unit = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        return rows.Select(l => new MonevTriwulanDto(
            l.Id, l.AngkatanId, angkatan[l.AngkatanId], l.UnitId, unit.GetValueOrDefault(l.UnitId, "-"), l.Tahun, l.Triwulan, l.JatuhTempo, l.DikirimPada, l.DikirimOleh,
            l.Ringkasan, !l.Terkirim && hariIni > l.JatuhTempo, !l.Terkirim && KirimMonevTriwulanCommandHandler.Boleh(user, l)))
            .OrderByDescending(x => x.Tahun).ThenByDescending(x => x.Triwulan).ThenBy(x => x.Angkatan, StringComparer.Ordinal).ThenBy(x => x.NamaUnit, StringComparer.Ordinal)
            .ToList();
    }
}

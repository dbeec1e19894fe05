using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.Modules.Kinerja.Application.Akses;
using Bpom.Platform.Modules.Kinerja.Domain;
using Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.Modules.Kinerja.Application.Skm;

/// <summary>SKM results of a year the user may read.</summary>
internal sealed record DaftarHasilSkmQuery(int Tahun, Guid? UnitId) : IQuery<IReadOnlyList<HasilSkmDto>>;

internal sealed class DaftarHasilSkmQueryValidator : AbstractValidator<DaftarHasilSkmQuery>
{
    public DaftarHasilSkmQueryValidator() => RuleFor(x => x.Tahun).TahunKinerja();
}

internal sealed class DaftarHasilSkmQueryHandler(KinerjaDbContext db, AksesKinerja akses, IDirektoriOrganisasi direktori) : IRequestHandler<DaftarHasilSkmQuery, IReadOnlyList<HasilSkmDto>>
{
    public async Task<IReadOnlyList<HasilSkmDto>> Handle(DaftarHasilSkmQuery request, CancellationToken cancellationToken)
    {
        var q = db.HasilSkm.AsNoTracking().Where(h => h.Tahun == request.Tahun);
        if (await akses.CakupanBacaAsync(cancellationToken) is { } cakupan)
        {
            q = q.Where(h => cakupan.Contains(h.UnitId));
        }

        if (request.UnitId is { } u)
        {
            await akses.PastikanBacaAsync(u, cancellationToken); // out of scope: 404, as everywhere
            q = q.Where(h => h.UnitId == u);
        }

        var rows = await q.ToListAsync(cancellationToken);
        var nama = await direktori.NamaUnitAsync(rows.Select(r => r.UnitId).ToList(), cancellationToken);
        return rows.Select(r => Dto(r, nama.GetValueOrDefault(r.UnitId, "-")))
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Periode, StringComparer.Ordinal).ThenBy(r => r.Layanan, StringComparer.Ordinal).ToList();
    }

    internal static HasilSkmDto Dto(HasilSkm h, string unit) => new(
        h.Id, h.UnitId, unit, h.Tahun, h.Periode, h.Layanan, h.JumlahResponden, h.Unsur, h.Ikm, h.Mutu,
        h.Mutu switch { MutuPelayanan.A => "Sangat Baik", MutuPelayanan.B => "Baik", MutuPelayanan.C => "Kurang Baik", _ => "Tidak Baik" },
        h.DiubahPada, h.DiubahOleh);
}

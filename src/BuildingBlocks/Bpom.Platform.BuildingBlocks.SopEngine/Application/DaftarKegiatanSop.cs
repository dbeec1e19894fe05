using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.SopEngine.Domain;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bpom.Platform.BuildingBlocks.SopEngine.Application;

/// <summary>An SOP module's activity as lists need it: its engine instance and performing unit.</summary>
public interface IKegiatanSop
{
    Guid Id { get; }

    Guid InstansId { get; }

    Guid UnitId { get; }

    int Tahun { get; }
}

/// <summary>Filters on where an activity stands on its SOP, shared by every module list.</summary>
/// <param name="Status">Berjalan, Selesai or Dibatalkan.</param>
/// <param name="Terlambat">Only those whose current step is (or is not) overdue.</param>
/// <param name="Halaman">Page (from 1; default 1).</param>
/// <param name="Ukuran">Page size (default 20).</param>
public sealed record SaringanSop(StatusInstans? Status, bool? Terlambat, int? Halaman, int? Ukuran);

/// <summary>Rules for <see cref="SaringanSop"/> in module list queries; errors name the query parameters.</summary>
public static class SaringanSopRules
{
    public static void AturSaringan<T>(this AbstractValidator<T> validator, Func<T, SaringanSop> saringan)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => saringan(x).Status).IsInEnum().OverridePropertyName("status");
        validator.RuleFor(x => saringan(x).Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        validator.RuleFor(x => saringan(x).Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
    }
}

/// <summary>Builds module lists of SOP activities: scoped to what the user may read, joined with where each stands
/// on the SOP, filtered and paged.</summary>
public sealed class PenyusunDaftarKegiatan(AksesSop akses, IMediator mediator, IDirektoriOrganisasi direktori)
{
    /// <summary>Keeps the activities of SOP <paramref name="kodeSop"/> the user may read, optionally of one performing
    /// unit and one year.</summary>
    public async Task<IQueryable<T>> CakupanAsync<T>(
        IQueryable<T> query, string kodeSop, CancellationToken cancellationToken, Guid? unitId = null, int? tahun = null)
        where T : class, IKegiatanSop
    {
        if (unitId is { } u)
        {
            query = query.Where(k => k.UnitId == u);
        }

        if (tahun is { } t)
        {
            query = query.Where(k => k.Tahun == t);
        }

        var saringan = (await akses.CakupanAsync(cancellationToken)).SaringanUntuk(kodeSop);
        if (saringan is not { } s)
        {
            return query;
        }

        var unit = s.Unit.ToList();
        var instans = s.Instans.ToList();
        return query.Where(k => unit.Contains(k.UnitId) || instans.Contains(k.InstansId));
    }

    /// <summary>Pages the (already scoped and ordered) rows after the SOP filters; <paramref name="map"/> gets each
    /// row, its SOP summary and its unit's name.</summary>
    public async Task<Halaman<TDto>> HalamanAsync<T, TDto>(
        IReadOnlyList<T> rows, SaringanSop saringan, Func<T, RingkasanInstansDto, string, TDto> map, CancellationToken cancellationToken)
        where T : class, IKegiatanSop
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(saringan);
        ArgumentNullException.ThrowIfNull(map);
        var ringkasan = await mediator.Send(new RingkasanInstansQuery(rows.Select(r => r.InstansId).ToList()), cancellationToken);
        var semua = rows
            .Where(r => ringkasan.ContainsKey(r.InstansId))
            .Select(r => (Kegiatan: r, Sop: ringkasan[r.InstansId]))
            .Where(x => saringan.Status is null || x.Sop.Status == saringan.Status)
            .Where(x => saringan.Terlambat is null || x.Sop.Terlambat == saringan.Terlambat)
            .ToList();
        var ukuran = saringan.Ukuran ?? 20;
        var halaman = saringan.Halaman ?? 1;
        var halamanIni = semua.Skip((halaman - 1) * ukuran).Take(ukuran).ToList();
        var namaUnit = await direktori.NamaUnitAsync(halamanIni.Select(x => x.Kegiatan.UnitId).ToList(), cancellationToken);
        var item = halamanIni.Select(x => map(x.Kegiatan, x.Sop, namaUnit.GetValueOrDefault(x.Kegiatan.UnitId, "-"))).ToList();
        return new Halaman<TDto>(item, semua.Count, halaman, ukuran);
    }
}

/// <summary>The day step <paramref name="Kode"/> of each given activity was finished (approved); activities where it
/// is not finished are left out. For module recaps that count what was actually carried out in a period.</summary>
public sealed record TanggalSelesaiLangkahQuery(IReadOnlyList<Guid> InstansIds, string Kode) : IQuery<IReadOnlyDictionary<Guid, NodaTime.LocalDate>>;

internal sealed class TanggalSelesaiLangkahQueryValidator : AbstractValidator<TanggalSelesaiLangkahQuery>
{
    public TanggalSelesaiLangkahQueryValidator()
    {
        RuleFor(x => x.InstansIds).NotNull();
        RuleFor(x => x.Kode).NotEmpty().MaximumLength(10);
    }
}

internal sealed class TanggalSelesaiLangkahQueryHandler(Infrastructure.Persistence.SopDbContext db)
    : IRequestHandler<TanggalSelesaiLangkahQuery, IReadOnlyDictionary<Guid, NodaTime.LocalDate>>
{
    public async Task<IReadOnlyDictionary<Guid, NodaTime.LocalDate>> Handle(TanggalSelesaiLangkahQuery request, CancellationToken cancellationToken)
    {
        var ids = request.InstansIds.Distinct().ToList();
        var rows = await db.Langkah.AsNoTracking()
            .Where(l => ids.Contains(l.InstansId) && l.Kode == request.Kode && l.Status == StatusLangkah.Selesai && l.TanggalSelesai != null)
            .Select(l => new { l.InstansId, l.TanggalSelesai })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.InstansId, r => r.TanggalSelesai!.Value);
    }
}

/// <summary>What SOP modules share when their users create and edit activities: who may create, who may edit, and the
/// audit entry of an edit.</summary>
public sealed class PengelolaKegiatanSop(AksesSop akses, IDirektoriOrganisasi direktori, IMediator mediator)
{
    /// <summary>UPT staff (unless <paramref name="hanyaPusat"/>), or staff of a Unit Kerja Pusat the SOP names, create
    /// activities of SOP <paramref name="kodeSop"/> for their own unit; 403 otherwise.</summary>
    public async Task PastikanBolehMembuatAsync(string kodeSop, string pesan, CancellationToken cancellationToken, bool hanyaPusat = false)
    {
        var user = akses.Pengguna;
        if (!hanyaPusat && user.IsInRole(Peran.Upt))
        {
            return;
        }

        if (user.IsInRole(Peran.UnitKerjaPusat)
            && await direktori.UnitAsync(user.UnitId, cancellationToken) is { } unit
            && CakupanPusatSop.UntukUnit(unit.Nama).Contains(kodeSop))
        {
            return;
        }

        throw new ForbiddenException(pesan);
    }

    /// <summary>An activity's data may be edited by the performing unit while it runs: 404 when the user may not read
    /// it, 403 for other units, 409 once finished or cancelled.</summary>
    public async Task PastikanBolehUbahAsync(Guid instansId, CancellationToken cancellationToken) =>
        PastikanBolehUbah(await mediator.Send(new GetInstansQuery(instansId), cancellationToken));

    /// <summary>The same check on a run already read.</summary>
    public static void PastikanBolehUbah(InstansDto instans)
    {
        ArgumentNullException.ThrowIfNull(instans);
        if (!instans.BolehMengelola)
        {
            throw instans.Status == StatusInstans.Berjalan
                ? new ForbiddenException("Hanya unit pelaksana yang dapat mengubah kegiatan ini.")
                : new DomainException("Kegiatan sudah selesai atau dibatalkan; datanya tidak dapat diubah.");
        }
    }

    /// <summary>Records an edit (before → after) in the activity's audit trail when anything changed; the run takes
    /// the activity's current title.</summary>
    public async Task CatatUbahAsync(Guid instansId, string judul, string sebelum, string sesudah, CancellationToken cancellationToken)
    {
        if (sebelum != sesudah)
        {
            await mediator.Send(
                new CatatAuditKegiatanCommand(
                    instansId, "UbahKegiatan", null, null, PencatatAudit.Potong($"Sebelum: {sebelum} → Sesudah: {sesudah}", 1000), judul),
                cancellationToken);
        }
    }
}

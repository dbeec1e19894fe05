using System.Globalization;
using System.Text;
using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Exceptions;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Application.Security;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Kinerja.Contracts;
using Bpom.Platform.Modules.Sop.Application.Tugas;
using Bpom.Platform.Modules.Sop.Contracts;
using Bpom.Platform.Modules.Sop.Domain;
using Bpom.Platform.Modules.Sop.Infrastructure.Persistence;
using FluentValidation;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Application.Kalender;

/// <summary>The caller's feed address (made on first request): the path to append to the API's address.</summary>
/// <param name="Jalur">/api/kalender/feed/{token}.ics</param>
/// <param name="Cakupan">Pribadi (the user's own open steps) or Unit (every open step of the unit; unit heads).</param>
internal sealed record UmpanKalenderDto(string Jalur, string Cakupan);

/// <summary>The caller's feed of one scope, created on first request (<paramref name="Baru"/>: a new token, the old
/// address stops working).</summary>
internal sealed record UmpanKalenderCommand(string? Cakupan, bool Baru) : ICommand<UmpanKalenderDto>;

/// <summary>Revokes the caller's feed of one scope: its address answers 404.</summary>
internal sealed record CabutUmpanKalenderCommand(string? Cakupan) : ICommand<Unit>;

/// <summary>A feed by its secret token, as iCalendar text; null when the token is unknown, rotated or revoked, or
/// its user deactivated.</summary>
internal sealed record BacaUmpanKalenderQuery(string Token, string DasarUrl) : IQuery<IsiUmpanKalender?>;

/// <summary>The user a token belongs to and what the feed shows.</summary>
internal sealed record IsiUmpanKalender(PenggunaOrganisasi Pengguna, CakupanUmpan Cakupan);

internal static class AturanUmpan
{
    public static CakupanUmpan? Cakupan(string? nilai) => (nilai ?? "pribadi").Trim().ToLowerInvariant() switch
    {
        "pribadi" => CakupanUmpan.Pribadi,
        "unit" => CakupanUmpan.Unit,
        _ => null,
    };

    public static IRuleBuilderOptions<T, string?> CakupanValid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => Cakupan(c) is not null).WithMessage("cakupan harus pribadi atau unit.");

    public const string TujuanPerlindungan = "Bpom.Sop.UmpanKalender";

    public static string Jalur(string token) => $"/api/kalender/feed/{token}.ics";
}

internal sealed class UmpanKalenderCommandValidator : AbstractValidator<UmpanKalenderCommand>
{
    public UmpanKalenderCommandValidator() => RuleFor(x => x.Cakupan).CakupanValid();
}

internal sealed class CabutUmpanKalenderCommandValidator : AbstractValidator<CabutUmpanKalenderCommand>
{
    public CabutUmpanKalenderCommandValidator() => RuleFor(x => x.Cakupan).CakupanValid();
}

internal sealed class BacaUmpanKalenderQueryValidator : AbstractValidator<BacaUmpanKalenderQuery>
{
    public BacaUmpanKalenderQueryValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
}

internal sealed class UmpanKalenderCommandHandler(SopDbContext db, ICurrentUser user, IDataProtectionProvider perlindungan, IClock clock)
    : IRequestHandler<UmpanKalenderCommand, UmpanKalenderDto>
{
    public async Task<UmpanKalenderDto> Handle(UmpanKalenderCommand request, CancellationToken cancellationToken)
    {
        var cakupan = AturanUmpan.Cakupan(request.Cakupan)!.Value;
        if (cakupan == CakupanUmpan.Unit && !user.IsInRole(Peran.KepalaUnit))
        {
            throw new ForbiddenException("Umpan kalender unit disediakan untuk kepala unit.");
        }

        var pelindung = perlindungan.CreateProtector(AturanUmpan.TujuanPerlindungan);
        var umpan = await db.UmpanKalender.SingleOrDefaultAsync(u => u.PenggunaId == user.UserId && u.Cakupan == cakupan, cancellationToken);
        if (umpan is not null && !request.Baru)
        {
            return new UmpanKalenderDto(AturanUmpan.Jalur(pelindung.Unprotect(umpan.TokenTerlindung)), cakupan.ToString());
        }

        var (token, hash) = TokenRahasia.Buat();
        if (umpan is null)
        {
            db.UmpanKalender.Add(new UmpanKalender(Guid.CreateVersion7(), user.UserId, cakupan, hash, pelindung.Protect(token), clock.GetCurrentInstant()));
        }
        else
        {
            umpan.Ganti(hash, pelindung.Protect(token), clock.GetCurrentInstant());
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UmpanKalenderDto(AturanUmpan.Jalur(token), cakupan.ToString());
    }
}

internal sealed class CabutUmpanKalenderCommandHandler(SopDbContext db, ICurrentUser user) : IRequestHandler<CabutUmpanKalenderCommand, Unit>
{
    public async Task<Unit> Handle(CabutUmpanKalenderCommand request, CancellationToken cancellationToken)
    {
        var cakupan = AturanUmpan.Cakupan(request.Cakupan)!.Value;
        await db.UmpanKalender.Where(u => u.PenggunaId == user.UserId && u.Cakupan == cakupan).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class BacaUmpanKalenderQueryHandler(SopDbContext db, IDirektoriOrganisasi direktori) : IRequestHandler<BacaUmpanKalenderQuery, IsiUmpanKalender?>
{
    public async Task<IsiUmpanKalender?> Handle(BacaUmpanKalenderQuery request, CancellationToken cancellationToken)
    {
        var hash = TokenRahasia.Hash(request.Token);
        var umpan = await db.UmpanKalender.AsNoTracking().Where(u => u.TokenHash == hash).Select(u => new { u.PenggunaId, u.Cakupan }).SingleOrDefaultAsync(cancellationToken);
        if (umpan is null || await direktori.PenggunaAktifAsync(umpan.PenggunaId, cancellationToken) is not { } pengguna)
        {
            return null;
        }

        // A unit feed of someone no longer a unit head is gone too.
        return umpan.Cakupan == CakupanUmpan.Unit && !pengguna.Peran.Contains(Peran.KepalaUnit) ? null : new IsiUmpanKalender(pengguna, umpan.Cakupan);
    }
}

/// <summary>One all-day event of a feed.</summary>
internal sealed record AcaraUmpan(string Uid, LocalDate Tanggal, string Ringkasan, string Keterangan);

/// <summary>
/// Builds a feed's iCalendar: one all-day VEVENT per open step on its due date (planned end for steps without an HK
/// deadline), UID stable per step and role so a calendar replaces the event when its date moves; summary the step and
/// the activity, description the SOP, unit, due date in HK and a link into the SPA. Personal feeds hold what Tugas
/// Saya holds (annual-cycle steps included: they run on the same engine) and the unit's open Kinerja realisation entry
/// deadlines; unit feeds every running activity's current
/// step in the unit.
/// </summary>
internal sealed class PenyusunUmpanKalender(
    SopDbContext db, IMediator mediator, IEnumerable<DeskripsiSop> deskripsi, IKalenderHariKerjaSource kalenderSource, IDirektoriOrganisasi direktori, IClock clock)
{
    private static readonly CultureInfo Id = new("id-ID");
    private const int BatasAcara = 2000;

    /// <summary>The personal feed: Tugas Saya of the user (the caller's principal is that user), up to 2,000 steps.</summary>
    public async Task<IReadOnlyList<AcaraUmpan>> PribadiAsync(string dasarUrl, CancellationToken cancellationToken)
    {
        var acara = new List<AcaraUmpan>();
        for (var halaman = 1; acara.Count < BatasAcara; halaman++)
        {
            var h = await mediator.Send(new TugasSayaQuery(halaman, 100), cancellationToken);
            foreach (var t in h.Item)
            {
                if ((t.JatuhTempo ?? t.RencanaSelesai) is { } tanggal)
                {
                    var peran = t.Peran.ToString();
                    acara.Add(new AcaraUmpan(
                        $"{t.InstansId:N}-{t.LangkahKode}-{peran.ToLowerInvariant()}@bpom-platform", tanggal,
                        $"{t.LangkahKode} {t.NamaLangkah} — {t.Judul}",
                        Keterangan(t.KodeSop, t.NamaUnit, t.JatuhTempo, t.HkTersisa, t.RencanaSelesai, peran, Tautan(dasarUrl, t.KodeSop, t.ReferensiId))));
                }
            }

            if (h.Item.Count < 100)
            {
                break;
            }
        }

        // Kinerja: the unit's monthly realisation entries still open, from today to a year ahead.
        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        foreach (var e in await mediator.Send(new TenggatEntriKinerjaQuery(hariIni, hariIni.PlusYears(1)), cancellationToken))
        {
            acara.Add(new AcaraUmpan(
                $"kinerja-{e.Tahun}-{e.Periode.ToLowerInvariant()}@bpom-platform", e.Batas, $"Batas entri realisasi kinerja {e.Bulan}",
                $"Kinerja · realisasi {e.Bulan} belum diajukan\nBatas entri: {e.Batas.ToString("dddd, d MMMM yyyy", Id)}\n{dasarUrl}{e.Tautan}"));
        }

        return acara;
    }

    /// <summary>The unit feed: the current step of every running activity of the unit, in SQL (the inbox index).</summary>
    public async Task<(string Nama, IReadOnlyList<AcaraUmpan> Acara)> UnitAsync(Guid unitId, string dasarUrl, CancellationToken cancellationToken)
    {
        var namaUnit = (await direktori.UnitAsync(unitId, cancellationToken))?.Nama ?? string.Empty;
        var rows = await db.Instans.AsNoTracking().IgnoreAutoIncludes()
            .Where(i => i.UnitId == unitId && i.Status == StatusInstans.Berjalan && i.AktifJatuhTempo != null)
            .OrderBy(i => i.AktifJatuhTempo).Take(BatasAcara)
            .Join(db.Langkah.AsNoTracking(), i => new { InstansId = i.Id, Kode = i.AktifKode! }, l => new { l.InstansId, l.Kode },
                (i, l) => new { i.Id, i.KodeSop, i.ReferensiId, i.Judul, l.Kode, l.Nama, l.JatuhTempo, Tanggal = i.AktifJatuhTempo!.Value })
            .ToListAsync(cancellationToken);
        var kalender = await kalenderSource.GetAsync(cancellationToken);
        var hariIni = clock.GetCurrentInstant().InZone(ZonaWaktuUnit.Nasional).Date;
        return ($"Tugas SOP unit — {namaUnit}", rows.Select(r => new AcaraUmpan(
            $"{r.Id:N}-{r.Kode}-unit@bpom-platform", r.Tanggal, $"{r.Kode} {r.Nama} — {r.Judul}",
            Keterangan(r.KodeSop, namaUnit, r.JatuhTempo, r.JatuhTempo is { } jt && jt >= hariIni ? kalender.HitungHariKerja(hariIni, jt) : null, r.Tanggal, null,
                Tautan(dasarUrl, r.KodeSop, r.ReferensiId)))).ToList());
    }

    public static string Ics(string nama, IReadOnlyList<AcaraUmpan> acara, Instant sekarang)
    {
        var kalender = new Ical.Net.Calendar { ProductId = "-//BPOM//Bpom.Platform//ID", Method = "PUBLISH" };
        kalender.AddProperty("X-WR-CALNAME", nama);
        kalender.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var stamp = new CalDateTime(sekarang.ToDateTimeUtc());
        foreach (var a in acara)
        {
            var mulai = new CalDateTime(a.Tanggal.Year, a.Tanggal.Month, a.Tanggal.Day);
            kalender.Events.Add(new CalendarEvent
            {
                Uid = a.Uid,
                Summary = a.Ringkasan,
                Description = a.Keterangan,
                DtStart = mulai,
                DtEnd = mulai.AddDays(1),
                DtStamp = stamp,
                Transparency = Ical.Net.TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(kalender)!;
    }

    private string Tautan(string dasarUrl, string kodeSop, Guid referensiId) =>
        deskripsi.FirstOrDefault(d => d.Kode == kodeSop)?.TautanKegiatan is { } pola ? dasarUrl + pola.Replace("{id}", referensiId.ToString(), StringComparison.Ordinal) : dasarUrl + "/tugas";

    private static string Keterangan(string kodeSop, string unit, LocalDate? jatuhTempo, int? hkTersisa, LocalDate? rencana, string? peran, string tautan)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{kodeSop} · {unit}");
        if (peran is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" · peran Anda: {peran}");
        }

        sb.AppendLine();
        if (jatuhTempo is { } jt)
        {
            sb.Append("Jatuh tempo (Mutu Baku): ").Append(jt.ToString("dddd, d MMMM yyyy", Id));
            if (hkTersisa is { } hk)
            {
                sb.Append(CultureInfo.InvariantCulture, $" — {hk} HK lagi");
            }
        }
        else if (rencana is { } r)
        {
            sb.Append("Rencana selesai: ").Append(r.ToString("dddd, d MMMM yyyy", Id));
        }

        sb.AppendLine().Append(tautan);
        return sb.ToString();
    }
}

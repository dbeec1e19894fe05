using Bpom.Platform.BuildingBlocks.Application;
using Bpom.Platform.BuildingBlocks.Application.Messaging;
using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using Bpom.Platform.Modules.Organisasi.Domain;
using Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Bpom.Platform.Modules.Organisasi.Application.Kalender;

internal static class KalenderRules
{
    public const int HkMaksimum = 1000;
    public static readonly LocalDate TanggalMinimum = new(2000, 1, 1);
    public static readonly LocalDate TanggalMaksimum = new(2100, 12, 31);
    public const string ZonaDefault = "Asia/Jakarta";

    public static IRuleBuilderOptions<T, LocalDate?> TanggalWajib<T>(this IRuleBuilder<T, LocalDate?> rule, string nama) =>
        rule.NotNull().WithMessage($"{nama} wajib diisi (format YYYY-MM-DD).")
            .InclusiveBetween(TanggalMinimum, TanggalMaksimum)
            .WithMessage($"{nama} harus antara {TanggalMinimum:yyyy-MM-dd} dan {TanggalMaksimum:yyyy-MM-dd}.");

    public static IReadOnlyList<string> Peringatan(KalenderHariKerja kalender, LocalDate dari, LocalDate sampai) =>
        kalender.TahunTanpaDataLibur(dari, sampai)
            .Select(t => $"Data hari libur tahun {t} belum dimuat: hari kerja pada tahun itu dihitung dari akhir pekan saja.")
            .ToList();
}

/// <summary>Result of "mulai + N HK".</summary>
/// <param name="Mulai">Start date (not counted).</param>
/// <param name="Hk">Number of working days.</param>
/// <param name="JatuhTempo">The N-th working day after <paramref name="Mulai"/>.</param>
/// <param name="UnitId">Unit whose time zone was used, when given.</param>
/// <param name="ZonaWaktu">IANA time zone of the deadline (the unit's, or Asia/Jakarta).</param>
/// <param name="BatasWaktu">The instant the due date ends in that zone (midnight after it): work done before
/// this instant is on time.</param>
/// <param name="BatasWaktuLokal">Same instant as local date-time with offset.</param>
/// <param name="CutiBersamaSebagaiHariKerja">Whether cuti bersama was counted as a working day.</param>
/// <param name="Peringatan">Warnings, e.g. a year in the range with no holiday data loaded.</param>
public sealed record JatuhTempoResponse(
    LocalDate Mulai, int Hk, LocalDate JatuhTempo, Guid? UnitId, string ZonaWaktu, Instant BatasWaktu,
    OffsetDateTime BatasWaktuLokal, bool CutiBersamaSebagaiHariKerja, IReadOnlyList<string> Peringatan);

public sealed record HitungJatuhTempoQuery(LocalDate? Mulai, int? Hk, Guid? UnitId) : IQuery<JatuhTempoResponse>;

internal sealed class HitungJatuhTempoQueryValidator : AbstractValidator<HitungJatuhTempoQuery>
{
    public HitungJatuhTempoQueryValidator(OrganisasiDbContext db)
    {
        RuleFor(x => x.Mulai).TanggalWajib("mulai");
        RuleFor(x => x.Hk).NotNull().WithMessage("hk wajib diisi.")
            .InclusiveBetween(1, KalenderRules.HkMaksimum).WithMessage($"hk harus antara 1 dan {KalenderRules.HkMaksimum}.");
        RuleFor(x => x.UnitId)
            .MustAsync(async (id, ct) => await db.UnitKerja.AnyAsync(u => u.Id == id, ct))
            .When(x => x.UnitId is not null)
            .WithMessage("Unit kerja tidak ditemukan.");
    }
}

internal sealed class HitungJatuhTempoQueryHandler(OrganisasiDbContext db, IKalenderHariKerjaSource source)
    : IRequestHandler<HitungJatuhTempoQuery, JatuhTempoResponse>
{
    public async Task<JatuhTempoResponse> Handle(HitungJatuhTempoQuery request, CancellationToken cancellationToken)
    {
        var mulai = request.Mulai!.Value;
        var hk = request.Hk!.Value;
        var zonaId = KalenderRules.ZonaDefault;
        if (request.UnitId is { } unitId)
        {
            zonaId = await db.UnitKerja.Where(u => u.Id == unitId).Select(u => u.ZonaWaktu).SingleAsync(cancellationToken);
        }

        var kalender = await source.GetAsync(cancellationToken);
        var jatuhTempo = kalender.TambahHariKerja(mulai, hk);
        var zona = DateTimeZoneProviders.Tzdb[zonaId];
        var batas = jatuhTempo.PlusDays(1).AtStartOfDayInZone(zona);
        return new JatuhTempoResponse(mulai, hk, jatuhTempo, request.UnitId, zonaId, batas.ToInstant(), batas.ToOffsetDateTime(),
            kalender.CutiBersamaSebagaiHariKerja, KalenderRules.Peringatan(kalender, mulai, jatuhTempo));
    }
}

/// <summary>Working days in (dari, sampai].</summary>
public sealed record JumlahHariKerjaResponse(
    LocalDate Dari, LocalDate Sampai, int JumlahHariKerja, bool CutiBersamaSebagaiHariKerja, IReadOnlyList<string> Peringatan);

public sealed record HitungJumlahHariKerjaQuery(LocalDate? Dari, LocalDate? Sampai) : IQuery<JumlahHariKerjaResponse>;

internal sealed class HitungJumlahHariKerjaQueryValidator : AbstractValidator<HitungJumlahHariKerjaQuery>
{
    public HitungJumlahHariKerjaQueryValidator()
    {
        RuleFor(x => x.Dari).TanggalWajib("dari");
        RuleFor(x => x.Sampai).TanggalWajib("sampai");
        RuleFor(x => x.Sampai).GreaterThanOrEqualTo(x => x.Dari)
            .When(x => x.Dari is not null && x.Sampai is not null)
            .WithMessage("sampai tidak boleh sebelum dari.");
    }
}

internal sealed class HitungJumlahHariKerjaQueryHandler(IKalenderHariKerjaSource source)
    : IRequestHandler<HitungJumlahHariKerjaQuery, JumlahHariKerjaResponse>
{
    public async Task<JumlahHariKerjaResponse> Handle(HitungJumlahHariKerjaQuery request, CancellationToken cancellationToken)
    {
        var (dari, sampai) = (request.Dari!.Value, request.Sampai!.Value);
        var kalender = await source.GetAsync(cancellationToken);
        return new JumlahHariKerjaResponse(dari, sampai, kalender.HitungHariKerja(dari, sampai),
            kalender.CutiBersamaSebagaiHariKerja, KalenderRules.Peringatan(kalender, dari, sampai));
    }
}

/// <summary>Holiday data per year.</summary>
public sealed record TahunKalenderDto(int Tahun, int LiburNasional, int CutiBersama);

/// <summary>Which years have holiday data, and warnings for admins (e.g. next year's calendar is missing).</summary>
public sealed record StatusKalenderResponse(
    LocalDate HariIni, IReadOnlyList<TahunKalenderDto> Tahun, bool TahunDepanTersedia, bool CutiBersamaSebagaiHariKerja,
    IReadOnlyList<string> Peringatan);

public sealed record StatusKalenderQuery : IQuery<StatusKalenderResponse>;

internal sealed class StatusKalenderQueryHandler(OrganisasiDbContext db, IClock clock) : IRequestHandler<StatusKalenderQuery, StatusKalenderResponse>
{
    public async Task<StatusKalenderResponse> Handle(StatusKalenderQuery request, CancellationToken cancellationToken)
    {
        var hariIni = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[KalenderRules.ZonaDefault]).Date;
        var perTahun = await db.TanggalLibur.AsNoTracking()
            .GroupBy(t => t.Tanggal.Year)
            .OrderBy(g => g.Key)
            .Select(g => new TahunKalenderDto(g.Key, g.Count(t => t.Jenis == JenisHariLibur.LiburNasional), g.Count(t => t.Jenis == JenisHariLibur.CutiBersama)))
            .ToListAsync(cancellationToken);
        var cuti = await db.PengaturanKalender.AsNoTracking().Where(p => p.Id == PengaturanKalender.SingletonId)
            .Select(p => p.CutiBersamaSebagaiHariKerja).SingleOrDefaultAsync(cancellationToken);
        var peringatan = new List<string>();
        if (perTahun.All(t => t.Tahun != hariIni.Year))
        {
            peringatan.Add($"Data hari libur tahun berjalan ({hariIni.Year}) belum dimuat.");
        }

        var tahunDepan = perTahun.Any(t => t.Tahun == hariIni.Year + 1);
        if (!tahunDepan)
        {
            peringatan.Add($"Data hari libur tahun {hariIni.Year + 1} belum dimuat. Impor SKB hari libur nasional dan cuti bersama tahun {hariIni.Year + 1} agar tenggat tidak dihitung dari akhir pekan saja.");
        }

        return new StatusKalenderResponse(hariIni, perTahun, tahunDepan, cuti, peringatan);
    }
}

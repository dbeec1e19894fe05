using Bpom.Platform.BuildingBlocks.Domain.HariKerja;
using FluentValidation;
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

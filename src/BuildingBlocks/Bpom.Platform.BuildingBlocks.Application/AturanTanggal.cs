using FluentValidation;
using NodaTime;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>
/// The dates this domain has a use for: 1 January 2000 to 31 December 2100 (activities, certificates, targets,
/// holidays). Anything outside is a typo or a probe and is refused with the field named — one rule for every date.
/// </summary>
public static class AturanTanggal
{
    public static readonly LocalDate Awal = new(2000, 1, 1);

    public static readonly LocalDate Akhir = new(2100, 12, 31);

    private const string Pesan = "Tanggal harus antara 1 Januari 2000 dan 31 Desember 2100.";

    public static IRuleBuilderOptions<T, LocalDate?> TanggalWajar<T>(this IRuleBuilder<T, LocalDate?> aturan) =>
        aturan.Must(d => d is null || (d >= Awal && d <= Akhir)).WithMessage(Pesan);

    public static IRuleBuilderOptions<T, LocalDate> TanggalWajar<T>(this IRuleBuilder<T, LocalDate> aturan) =>
        aturan.Must(d => d >= Awal && d <= Akhir).WithMessage(Pesan);
}

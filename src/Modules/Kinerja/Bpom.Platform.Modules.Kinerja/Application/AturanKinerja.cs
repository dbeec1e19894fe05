using Bpom.Platform.Modules.Kinerja.Domain;
using FluentValidation;

namespace Bpom.Platform.Modules.Kinerja.Application;

/// <summary>The validation rules every Kinerja request shares (year range, period code).</summary>
internal static class AturanKinerja
{
    public static IRuleBuilderOptions<T, int> TahunKinerja<T>(this IRuleBuilder<T, int> aturan) =>
        aturan.InclusiveBetween(2000, 2100).WithMessage("tahun harus antara 2000 dan 2100.");

    public static IRuleBuilderOptions<T, string?> PeriodeKinerja<T>(this IRuleBuilder<T, string?> aturan) =>
        aturan.Must(p => KodePeriode.Normalisasi(p) is not null).WithMessage("periode harus TW1–TW4 atau B01–B12.");
}

/// <summary>A request naming a unit (exact name or id), a year and a period.</summary>
internal interface IPilihanUnitPeriode
{
    string? Unit { get; }

    Guid? UnitId { get; }

    int Tahun { get; }

    string? Periode { get; }
}

/// <summary>Validates a unit (name or id), a year and a period.</summary>
internal abstract class PilihanUnitPeriodeValidator<T> : AbstractValidator<T>
    where T : IPilihanUnitPeriode
{
    protected PilihanUnitPeriodeValidator()
    {
        RuleFor(x => x.Unit).NotEmpty().When(x => x.UnitId is null).WithMessage("unit (nama unit) wajib diisi.").MaximumLength(300);
        RuleFor(x => x.Tahun).TahunKinerja();
        RuleFor(x => x.Periode).PeriodeKinerja();
    }
}

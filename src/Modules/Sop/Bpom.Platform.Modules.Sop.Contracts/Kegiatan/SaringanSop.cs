using FluentValidation;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Filters on where an activity stands on its SOP, shared by every module list.</summary>
/// <param name="Status">Berjalan, Selesai or Dibatalkan.</param>
/// <param name="Terlambat">Only those whose current step is (or is not) overdue.</param>
/// <param name="Halaman">Page (from 1; default 1).</param>
/// <param name="Ukuran">Page size (default 20).</param>
/// <param name="Provinsi">Only activities performed by units in this province.</param>
/// <param name="Urut">Order: Terbaru (the activity's date, newest first; default), Terlama, Judul (A–Z) or JatuhTempo
/// (the current step's due date, nearest first; finished activities last).</param>
public sealed record SaringanSop(StatusInstans? Status, bool? Terlambat, int? Halaman, int? Ukuran, string? Provinsi = null, UrutKegiatan? Urut = null);

/// <summary>How a module list is ordered (each order walks its own index; ties newest first).</summary>
public enum UrutKegiatan
{
    /// <summary>The activity's date (planned start), newest first.</summary>
    Terbaru = 1,

    /// <summary>The activity's date, oldest first.</summary>
    Terlama = 2,

    /// <summary>Title, A–Z.</summary>
    Judul = 3,

    /// <summary>The current step's due date, nearest (or most overdue) first; activities without one last.</summary>
    JatuhTempo = 4,
}

/// <summary>Rules for <see cref="SaringanSop"/> in module list queries; errors name the query parameters.</summary>
public static class SaringanSopRules
{
    public static void AturSaringan<T>(this AbstractValidator<T> validator, Func<T, SaringanSop> saringan)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => saringan(x).Status).IsInEnum().OverridePropertyName("status");
        validator.RuleFor(x => saringan(x).Halaman).GreaterThanOrEqualTo(1).OverridePropertyName("halaman").WithMessage("halaman mulai dari 1.");
        validator.RuleFor(x => saringan(x).Ukuran).InclusiveBetween(1, 100).OverridePropertyName("ukuran").WithMessage("ukuran harus antara 1 dan 100.");
        validator.RuleFor(x => saringan(x).Provinsi).MaximumLength(100).OverridePropertyName("provinsi");
        validator.RuleFor(x => saringan(x).Urut).IsInEnum().OverridePropertyName("urut").WithMessage("urut harus Terbaru, Terlama, Judul atau JatuhTempo.");
    }
}

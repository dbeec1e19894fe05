using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bpom.Platform.Modules.SiklusTahunan.Contracts;

/// <summary>A count of one unit's activities of the year by one property (form, commodity, stakeholder kind, …).</summary>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Dimensi">The property, as the report titles it (e.g. "Bentuk kegiatan").</param>
/// <param name="Nilai">Its value, in words.</param>
/// <param name="Jumlah">Activities with it.</param>
public sealed record RincianTahunan(Guid UnitId, string Dimensi, string Nilai, int Jumlah);

/// <summary>A figure of one unit's year that is not a count of activities (villages reached, businesses guided, …).</summary>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Nama">The figure, as the report titles it.</param>
/// <param name="Nilai">Its value.</param>
public sealed record AngkaTahunan(Guid UnitId, string Nama, int Nilai);

/// <summary>What an SOP module adds to its units' annual reports.</summary>
public sealed record DataTahunanModul(IReadOnlyList<RincianTahunan> Rincian, IReadOnlyList<AngkaTahunan> Angka);

/// <summary>
/// The port an SOP module fills so the yearly cycle can draft the annual report (A7/B7/C5) from its data: activities
/// of year <c>tahun</c> by the module's own properties, and its own figures. Grouped in SQL for many units at once
/// (the national recap and "Kinerja BPOM Dalam Angka" ask for all of them). With <c>sampai</c>, only what happened up
/// to that day: activities planned to start by then, results recorded by then (the "s.d. Triwulan n" figures).
/// Registered with <see cref="RincianTahunanRegistration.AddRincianTahunan{T}"/>.
/// </summary>
public interface IRincianTahunan
{
    /// <summary>The SOP it describes, e.g. POM-04.01-A.</summary>
    string KodeSop { get; }

    /// <summary>The names of its own figures (<see cref="AngkaTahunan.Nama"/>), in the order reports show them.</summary>
    IReadOnlyList<string> NamaAngka { get; }

    /// <summary>The name of the SOP as reports title it.</summary>
    string NamaSop { get; }

    Task<DataTahunanModul> BacaAsync(int tahun, IReadOnlyList<Guid> unitIds, LocalDate? sampai, CancellationToken cancellationToken);
}

public static class RincianTahunanRegistration
{
    /// <summary>An enum value as a report shows it ("PemerintahDaerah" → "Pemerintah Daerah").</summary>
    public static string Label(string nilai) =>
        System.Text.RegularExpressions.Regex.Replace(nilai ?? string.Empty, "(?<=[a-z])(?=[A-Z])", " ");

    /// <summary>The last day <see cref="IRincianTahunan.BacaAsync"/> counts: <c>sampai</c>, or no limit.</summary>
    public static LocalDate Batas(LocalDate? sampai) => sampai ?? new LocalDate(9999, 12, 31);

    public static IServiceCollection AddRincianTahunan<T>(this IServiceCollection services)
        where T : class, IRincianTahunan => services.AddScoped<IRincianTahunan, T>();
}

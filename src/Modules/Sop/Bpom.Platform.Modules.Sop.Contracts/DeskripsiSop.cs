using Microsoft.Extensions.DependencyInjection;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>
/// How an SOP module describes itself to the engine: which SOP it runs, which central units take part, who else
/// reads its activities nationwide, where an activity's page is, and the SOP's versions as the module ships them.
/// The engine holds no SOP or directorate of its own: a new SOP module registers a descriptor
/// (<see cref="DeskripsiSopServiceCollectionExtensions.AddDeskripsiSop"/>) and the engine seeds, scopes and links it.
/// Step routing to other units stays the module's rule: it sends it with <see cref="BuatInstansSopCommand"/> and
/// <see cref="AturPenugasanCommand"/>.
/// </summary>
public sealed record DeskripsiSop
{
    /// <summary>SOP code, e.g. POM-04.01-A.</summary>
    public required string Kode { get; init; }

    /// <summary>The module running it (the engine's <c>Modul</c> of its runs, notifications and tasks).</summary>
    public required string Modul { get; init; }

    /// <summary>Official names of the Unit Kerja Pusat taking part ("Unit Kerja Pusat" column of the SOP): their staff
    /// read every activity of the SOP and may create activities; null = every central unit.</summary>
    public IReadOnlyList<string>? UnitPusat { get; init; }

    /// <summary>Roles that read every activity of the SOP nationwide besides Admin and Pimpinan (PPSDM for SOP D).</summary>
    public IReadOnlyList<string> PeranPembacaNasional { get; init; } = [];

    /// <summary>What one activity is called in messages, e.g. "Kegiatan advokasi" ("… tidak ditemukan.").</summary>
    public required string NamaKegiatan { get; init; }

    /// <summary>Why a user may not create an activity (403), naming who may.</summary>
    public required string PesanBukanPembuat { get; init; }

    /// <summary>Only the central units taking part create activities (UPT staff take part through routed steps).</summary>
    public bool HanyaUnitPusatMembuat { get; init; }

    /// <summary>The SPA page of one activity; <c>{id}</c> is the module's record (the run's <c>referensiId</c>).</summary>
    public required string TautanKegiatan { get; init; }

    /// <summary>The SOP's versions as shipped: a JSON array of definitions (steps, performers, Kelengkapan, Output,
    /// HK), usually an embedded resource of the module. A stored version is never changed: a revision ships as a new
    /// version.</summary>
    public required Func<Stream> Definisi { get; init; }

    /// <summary>Whether a central unit named <paramref name="namaUnit"/> takes part.</summary>
    public bool MelibatkanUnitPusat(string namaUnit) => UnitPusat is null || UnitPusat.Contains(namaUnit, StringComparer.Ordinal);

    /// <summary>The page of the activity <paramref name="referensiId"/>.</summary>
    public string TautanUntuk(Guid referensiId) => TautanKegiatan.Replace("{id}", referensiId.ToString(), StringComparison.Ordinal);
}

public static class DeskripsiSopServiceCollectionExtensions
{
    /// <summary>Registers an SOP module's descriptor with the engine.</summary>
    public static IServiceCollection AddDeskripsiSop(this IServiceCollection services, DeskripsiSop deskripsi) => services.AddSingleton(deskripsi);
}

using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>What the current user may read: everything, or the given units plus the SOPs overseen as Unit Kerja Pusat.</summary>
/// <param name="Semua">Admin and Pimpinan read every activity.</param>
/// <param name="Unit">Own unit and, for a koordinator Balai, its Lokas.</param>
/// <param name="KodeSop">SOPs whose activities the user oversees (reads) in every unit: those its Unit Kerja Pusat takes
/// part in, and the SOPs with PPSDM steps for PPSDM.</param>
/// <param name="Instans">Activities one step of which is routed to the user's unit(s).</param>
/// <param name="KodeSopUnitPusat">The SOPs the user's own Unit Kerja Pusat takes part in (it may create their activities).</param>
public sealed record CakupanBaca(
    bool Semua, IReadOnlyList<Guid> Unit, IReadOnlyList<string> KodeSop, IReadOnlyList<Guid> Instans, IReadOnlyList<string> KodeSopUnitPusat)
{
    public bool Boleh(Guid instansId, Guid unitId, string kodeSop) =>
        Semua || Unit.Contains(unitId) || KodeSop.Contains(kodeSop) || Instans.Contains(instansId);

    /// <summary>For a module list of SOP <paramref name="kodeSop"/>: null when every activity is readable, otherwise the
    /// performing units and the routed activities (instance ids) that are.</summary>
    public (IReadOnlyList<Guid> Unit, IReadOnlyList<Guid> Instans)? SaringanUntuk(string kodeSop) =>
        Semua || KodeSop.Contains(kodeSop) ? null : (Unit, Instans);
}

/// <summary>The current user's reading scope over SOP activities (read once per request).</summary>
public sealed record CakupanBacaQuery : IQuery<CakupanBaca>;

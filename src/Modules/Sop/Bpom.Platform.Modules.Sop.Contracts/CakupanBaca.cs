using Bpom.Platform.BuildingBlocks.Application.Messaging;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>What the current user may read: everything, or the given units plus the SOPs overseen as Unit Kerja Pusat.</summary>
/// <param name="Semua">Admin and Pimpinan read every activity.</param>
/// <param name="Unit">Own unit and, for a koordinator Balai, its Lokas.</param>
/// <param name="KodeSop">SOPs whose activities the user oversees (reads) in every unit: those its Unit Kerja Pusat takes
/// part in, and the SOPs with PPSDM steps for PPSDM.</param>
/// <param name="KodeSopUnitPusat">The SOPs the user's own Unit Kerja Pusat takes part in (it may create their activities).</param>
/// <remarks>Besides these, the user reads every activity one step of which is routed to one of <see cref="Unit"/>
/// (<see cref="Boleh"/> with the activity's routed units; lists match them in SQL).</remarks>
public sealed record CakupanBaca(bool Semua, IReadOnlyList<Guid> Unit, IReadOnlyList<string> KodeSop, IReadOnlyList<string> KodeSopUnitPusat)
{
    /// <summary>May the user read an activity of SOP <paramref name="kodeSop"/> performed by <paramref name="unitId"/>
    /// with steps routed to <paramref name="unitTerlibat"/>?</summary>
    public bool Boleh(Guid unitId, string kodeSop, IReadOnlyCollection<Guid> unitTerlibat)
    {
        ArgumentNullException.ThrowIfNull(unitTerlibat);
        return Semua || Unit.Contains(unitId) || KodeSop.Contains(kodeSop) || unitTerlibat.Any(Unit.Contains);
    }

    /// <summary>For a list of SOP <paramref name="kodeSop"/>: null when every activity is readable, otherwise the units
    /// whose activities (performed by, or routed to, one of them) are.</summary>
    public IReadOnlyList<Guid>? SaringanUntuk(string kodeSop) => Semua || KodeSop.Contains(kodeSop) ? null : Unit;
}

/// <summary>The current user's reading scope over SOP activities (read once per request).</summary>
public sealed record CakupanBacaQuery : IQuery<CakupanBaca>;

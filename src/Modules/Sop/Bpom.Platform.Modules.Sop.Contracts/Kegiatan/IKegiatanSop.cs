namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>An SOP module's activity: its own record, tied to one engine run (<see cref="InstansId"/>).</summary>
public interface IKegiatanSop
{
    Guid Id { get; }

    Guid InstansId { get; }

    /// <summary>The performing unit.</summary>
    Guid UnitId { get; }

    int Tahun { get; }

    /// <summary>What the run is called (Tugas Saya, notifications, lists).</summary>
    string Judul { get; }

    /// <summary>Units other than the performing one its steps are routed to: they read the activity, so the module's
    /// own scoped lists (registries, recaps) match them in SQL. Kept by the shared use cases.</summary>
    IReadOnlyList<Guid> UnitTerlibat { get; }

    /// <summary>Ties a new activity to the run the engine created for it.</summary>
    void HubungkanInstans(Guid instansId);

    /// <summary>Records the units the activity's steps are routed to (the performing unit left out).</summary>
    void AturUnitTerlibat(IEnumerable<Guid> unit);
}

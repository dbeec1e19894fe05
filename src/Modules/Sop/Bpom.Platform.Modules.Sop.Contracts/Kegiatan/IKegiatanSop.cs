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

    /// <summary>Ties a new activity to the run the engine created for it.</summary>
    void HubungkanInstans(Guid instansId);
}

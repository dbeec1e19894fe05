namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>An SOP module's activity as lists need it: its engine instance and performing unit.</summary>
public interface IKegiatanSop
{
    Guid Id { get; }

    Guid InstansId { get; }

    Guid UnitId { get; }

    int Tahun { get; }
}

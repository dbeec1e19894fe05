namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>State of a running SOP activity.</summary>
public enum StatusInstans
{
    Berjalan = 1,
    Selesai = 2,
    Dibatalkan = 3,
}

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>What a document is to its step.</summary>
public enum JenisDokumen
{
    /// <summary>The step's required input when it comes from outside the SOP (e.g. the basis of step 1).</summary>
    Kelengkapan = 1,

    /// <summary>The step's output document.</summary>
    Output = 2,

    /// <summary>Evidence of a follow-up (tindak lanjut).</summary>
    Bukti = 3,
}

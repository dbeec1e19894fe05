namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Why another unit is attached to a step.</summary>
public enum JenisPenugasan
{
    /// <summary>The unit carries out part of the step (SOP B step 5: the follow-up by Dit. Was / UPT) and reports its
    /// result; the step cannot be submitted before every such unit has reported.</summary>
    Pelaksana = 1,

    /// <summary>The step's output is addressed to the unit (SOP B step 3 surat rekomendasi, step 4 report): once the
    /// output is approved the unit acknowledges receipt.</summary>
    Penerima = 2,
}

/// <summary>A routing an SOP module asks for: <paramref name="UnitId"/> is attached to step <paramref name="LangkahKode"/>.</summary>
/// <param name="LangkahKode">Step code.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="Jenis">Performs part of the step, or receives its output.</param>
/// <param name="Keterangan">The rule, in words.</param>
public sealed record PenugasanBaru(string LangkahKode, Guid UnitId, JenisPenugasan Jenis, string Keterangan);

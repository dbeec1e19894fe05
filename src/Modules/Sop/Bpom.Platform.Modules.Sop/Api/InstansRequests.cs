using NodaTime;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>Body of a step action.</summary>
/// <param name="Alasan">Reason: required to pause (Jeda), return (Kembalikan) and skip (Lewati).</param>
internal sealed record AksiLangkahRequest(string? Alasan);

/// <summary>Body of a planned-date change.</summary>
/// <param name="RencanaSelesai">Planned finish date of an N/A step; null clears it.</param>
internal sealed record RencanaLangkahRequest(LocalDate? RencanaSelesai);

/// <summary>Body of a routed step's report or acknowledgement.</summary>
/// <param name="Catatan">What the unit did (required when it carries out part of the step); optional note on receipt.</param>
internal sealed record PenugasanRequest(string? Catatan);

/// <summary>Body of a cancellation.</summary>
internal sealed record BatalkanRequest(string Alasan);

/// <summary>Body of a recommendation.</summary>
/// <param name="Uraian">What is recommended.</param>
/// <param name="PenanggungJawab">Who owns it.</param>
/// <param name="TargetTanggal">Target date.</param>
internal sealed record RekomendasiRequest(string Uraian, string PenanggungJawab, LocalDate? TargetTanggal);

/// <summary>Body of a follow-up.</summary>
internal sealed record TindakLanjutRequest(string Uraian);

/// <summary>Body of a reopen.</summary>
internal sealed record BukaKembaliRequest(string Alasan);

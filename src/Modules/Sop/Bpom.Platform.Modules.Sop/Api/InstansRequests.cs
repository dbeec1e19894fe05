using NodaTime;

namespace Bpom.Platform.Modules.Sop.Api;

/// <summary>Body of a step action.</summary>
/// <param name="Alasan">Reason: required to pause (Jeda), return (Kembalikan) and skip (Lewati).</param>
public sealed record AksiLangkahRequest(string? Alasan);

/// <summary>Body of a planned-date change.</summary>
/// <param name="RencanaSelesai">Planned finish date of an N/A step; null clears it.</param>
public sealed record RencanaLangkahRequest(LocalDate? RencanaSelesai);

/// <summary>Body of a routed step's report or acknowledgement.</summary>
/// <param name="Catatan">What the unit did (required when it carries out part of the step); optional note on receipt.</param>
public sealed record PenugasanRequest(string? Catatan);

/// <summary>Body of a cancellation.</summary>
public sealed record BatalkanRequest(string Alasan);

/// <summary>Body of a recommendation.</summary>
/// <param name="Uraian">What is recommended.</param>
/// <param name="PenanggungJawab">Who owns it.</param>
/// <param name="TargetTanggal">Target date.</param>
public sealed record RekomendasiRequest(string Uraian, string PenanggungJawab, LocalDate? TargetTanggal);

/// <summary>Body of a follow-up.</summary>
public sealed record TindakLanjutRequest(string Uraian);

/// <summary>Body of a reopen.</summary>
public sealed record BukaKembaliRequest(string Alasan);

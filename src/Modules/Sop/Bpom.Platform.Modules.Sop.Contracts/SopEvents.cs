using Bpom.Platform.BuildingBlocks.Application.Messaging;
using NodaTime;

namespace Bpom.Platform.Modules.Sop.Contracts;

/// <summary>Where an event happened: the SOP instance and the activity it runs for.</summary>
/// <param name="InstansId">SOP instance.</param>
/// <param name="KodeSop">E.g. POM-04.01-A.</param>
/// <param name="Modul">Owning module (Advokasi, …).</param>
/// <param name="ReferensiId">The activity's id in its module.</param>
/// <param name="UnitId">Performing unit.</param>
/// <param name="Tahun">Activity year.</param>
public sealed record AsalKegiatan(Guid InstansId, string KodeSop, string Modul, Guid ReferensiId, Guid UnitId, int Tahun);

/// <summary>A step started (by a user or automatically after the previous one was approved).</summary>
/// <param name="Asal">Where.</param>
/// <param name="LangkahKode">Step code.</param>
/// <param name="TanggalMulai">Start date (unit's local date).</param>
/// <param name="JatuhTempo">Due date; null without an HK standard.</param>
/// <param name="Pada">When.</param>
/// <param name="WaktuHk">The step's Mutu Baku in HK (null = no HK standard).</param>
public sealed record LangkahDimulai(AsalKegiatan Asal, string LangkahKode, LocalDate TanggalMulai, LocalDate? JatuhTempo, Instant Pada, int? WaktuHk = null) : IIntegrationEvent;

/// <summary>A step's output was submitted for approval.</summary>
public sealed record LangkahDiajukan(AsalKegiatan Asal, string LangkahKode, LocalDate TanggalDiajukan, Instant Pada) : IIntegrationEvent;

/// <summary>A step was approved (completed); <paramref name="TepatWaktu"/> is null for steps without HK.</summary>
/// <param name="Asal">Where.</param>
/// <param name="LangkahKode">Step code.</param>
/// <param name="TanggalSelesai">Approval date (unit's local date).</param>
/// <param name="JatuhTempo">Due date; null without an HK standard.</param>
/// <param name="TepatWaktu">Finished by the due date.</param>
/// <param name="Pada">When.</param>
/// <param name="HkTerpakai">Working days used (pauses left out); null without an HK standard.</param>
/// <param name="WaktuHk">The step's Mutu Baku in HK.</param>
public sealed record LangkahSelesai(
    AsalKegiatan Asal, string LangkahKode, LocalDate TanggalSelesai, LocalDate? JatuhTempo, bool? TepatWaktu, Instant Pada, int? HkTerpakai = null, int? WaktuHk = null)
    : IIntegrationEvent;

/// <summary>A step passed its due date (published once per step and due date by the deadline sweep).</summary>
public sealed record LangkahTerlambat(AsalKegiatan Asal, string LangkahKode, LocalDate JatuhTempo, int HkTerlambat, Instant Pada) : IIntegrationEvent;

/// <summary>Every activity step is done: the activity is complete.</summary>
public sealed record KegiatanSopSelesai(AsalKegiatan Asal, Instant Pada) : IIntegrationEvent;

/// <summary>A step was skipped where the SOP allows it (it will never finish).</summary>
public sealed record LangkahDilewati(AsalKegiatan Asal, string LangkahKode, Instant Pada) : IIntegrationEvent;

/// <summary>The activity was cancelled: its unfinished steps will never finish.</summary>
public sealed record KegiatanSopDibatalkan(AsalKegiatan Asal, Instant Pada) : IIntegrationEvent;

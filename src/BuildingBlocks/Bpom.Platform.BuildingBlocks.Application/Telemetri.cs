using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bpom.Platform.BuildingBlocks.Application;

/// <summary>
/// The platform's own traces and metrics (meter and activity source "Bpom.Platform"), exported with ASP.NET Core's,
/// HttpClient's, Npgsql's and the runtime's by OpenTelemetry (OTLP when configured, Prometheus on <c>/metrics</c>).
/// Business counters are counted when the event is delivered after its commit (the outbox delivers at least once, so
/// a rare redelivery counts twice); job durations per recurring job id.
/// </summary>
public static class Telemetri
{
    public const string Nama = "Bpom.Platform";

    public static readonly ActivitySource Sumber = new(Nama);

    private static readonly Meter Meter = new(Nama);

    /// <summary>SOP steps started, by SOP.</summary>
    public static readonly Counter<long> LangkahDimulai = Meter.CreateCounter<long>("bpom.sop.langkah.dimulai", "{langkah}", "SOP steps started");

    /// <summary>SOP steps finished, by SOP and whether on time.</summary>
    public static readonly Counter<long> LangkahSelesai = Meter.CreateCounter<long>("bpom.sop.langkah.selesai", "{langkah}", "SOP steps finished");

    /// <summary>SOP steps that went past their Mutu Baku deadline, by SOP.</summary>
    public static readonly Counter<long> LangkahTerlambat = Meter.CreateCounter<long>("bpom.sop.langkah.terlambat", "{langkah}", "SOP steps overdue");

    /// <summary>In-app notifications written, by kind.</summary>
    public static readonly Counter<long> NotifikasiTerkirim = Meter.CreateCounter<long>("bpom.notifikasi.terkirim", "{notifikasi}", "Notifications sent");

    /// <summary>How long a recurring (Hangfire) job ran, by job id and outcome.</summary>
    public static readonly Histogram<double> DurasiJob = Meter.CreateHistogram<double>("bpom.job.durasi", "s", "Recurring job duration");
}

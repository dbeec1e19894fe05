namespace Bpom.Platform.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Outbox delivery settings (section <c>Outbox</c>).</summary>
public sealed class OpsiOutbox
{
    public const string Bagian = "Outbox";

    /// <summary>Deliver a command's events right after its commit, in the same request (default). Failures are
    /// left to the background pass; the request never fails because of a handler.</summary>
    public bool KirimSegera { get; set; } = true;

    /// <summary>Run the background pass (retries and whatever a crash left undelivered).</summary>
    public bool Latar { get; set; } = true;

    /// <summary>Seconds between background passes.</summary>
    public int IntervalDetik { get; set; } = 5;

    /// <summary>Messages per background pass.</summary>
    public int UkuranBatch { get; set; } = 100;

    /// <summary>Failed attempts before a message becomes a dead letter.</summary>
    public int MaksPercobaan { get; set; } = 10;

    /// <summary>Seconds a delivery holds a message (another instance skips it meanwhile).</summary>
    public int KunciDetik { get; set; } = 120;

    /// <summary>Days a delivered message is kept before the daily clean-up removes it.</summary>
    public int SimpanHari { get; set; } = 7;
}

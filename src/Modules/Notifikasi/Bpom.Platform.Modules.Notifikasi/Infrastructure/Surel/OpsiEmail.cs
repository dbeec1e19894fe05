namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;

/// <summary>
/// SMTP and mail settings, section <c>Email</c> (<c>Email__Host</c>, … in the environment). E-mail is off when
/// <see cref="Host"/> is empty: nothing is queued and the jobs do nothing.
/// </summary>
internal sealed class OpsiEmail
{
    public const string Bagian = "Email";

    public string? Host { get; set; }

    /// <summary>Default 587 (465 with <c>Tls=ssl</c>, 25 with <c>Tls=none</c>).</summary>
    public int? Port { get; set; }

    /// <summary>Sender, e.g. <c>"SOP BPOM" &lt;no-reply@pom.go.id&gt;</c>.</summary>
    public string From { get; set; } = "Bpom.Platform <no-reply@localhost>";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>starttls</c> (or <c>true</c>), <c>ssl</c> (TLS on connect), <c>none</c> (or <c>false</c>), or
    /// <c>auto</c> (STARTTLS when the server offers it; the default).</summary>
    public string Tls { get; set; } = "auto";

    /// <summary>The SPA's public address; links in mails start with it.</summary>
    public string AlamatAplikasi { get; set; } = "http://localhost:5080";

    /// <summary>Local hour of the daily digest for users who did not pick one.</summary>
    public int JamRingkasan { get; set; } = 7;

    /// <summary>Attempts before a mail fails for good.</summary>
    public int MaksPercobaan { get; set; } = 6;

    /// <summary>Seconds an SMTP command may take.</summary>
    public int BatasWaktuDetik { get; set; } = 30;

    public bool Aktif => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Wait before attempt <paramref name="percobaan"/> + 1: 1, 5, 15, 60 minutes, then 4 hours.</summary>
    public static NodaTime.Duration Jeda(int percobaan) => NodaTime.Duration.FromMinutes(percobaan switch
    {
        <= 1 => 1,
        2 => 5,
        3 => 15,
        4 => 60,
        _ => 240,
    });
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>
/// A local SMTP server for a test class: Debian's aiosmtpd (<c>smtp_sink.py</c>) on a free loopback port, storing
/// each message as a file the test reads back with MimeKit. <see cref="Hentikan"/> and <see cref="Mulai"/> simulate an
/// outage on the same port.
/// </summary>
public sealed class SinkSmtp : IDisposable
{
    private readonly string _skrip = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py");
    private Process? _proses;

    public SinkSmtp()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        Port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        Direktori = Directory.CreateTempSubdirectory("bpom-smtp-").FullName;
        Mulai();
    }

    public int Port { get; }

    public string Direktori { get; }

    /// <summary>Debian's python3 (it has aiosmtpd), else whatever python3 is on the path.</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public void Mulai()
    {
        var psi = new ProcessStartInfo(Python, ["-u", _skrip, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", Direktori])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _proses = Process.Start(psi) ?? throw new InvalidOperationException("python3 tidak dapat dijalankan.");
        var baris = _proses.StandardOutput.ReadLineAsync();
        if (!baris.Wait(TimeSpan.FromSeconds(20)) || baris.Result != "READY")
        {
            var galat = _proses.HasExited ? _proses.StandardError.ReadToEnd() : "tidak siap dalam 20 detik";
            throw new InvalidOperationException($"SMTP sink (aiosmtpd) tidak berjalan: {galat}. Pasang python3-aiosmtpd.");
        }
    }

    public void Hentikan()
    {
        if (_proses is { HasExited: false })
        {
            _proses.Kill(entireProcessTree: true);
            _proses.WaitForExit();
        }

        _proses?.Dispose();
        _proses = null;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Pesan() =>
        Directory.GetFiles(Direktori, "*.eml").Select(f => (File: f, Waktu: File.GetLastWriteTimeUtc(f))).OrderBy(x => x.Waktu).ThenBy(x => x.File, StringComparer.Ordinal)
            .Select(x => MimeMessage.Load(x.File)).ToList();

    /// <summary>Messages to <paramref name="alamat"/>.</summary>
    public IReadOnlyList<MimeMessage> Untuk(string alamat) =>
        Pesan().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, alamat, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Dispose()
    {
        Hentikan();
        try
        {
            Directory.Delete(Direktori, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

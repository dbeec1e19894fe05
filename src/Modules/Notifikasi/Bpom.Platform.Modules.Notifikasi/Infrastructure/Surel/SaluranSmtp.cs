using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Bpom.Platform.Modules.Notifikasi.Infrastructure.Surel;

/// <summary>Why a mail did not go.</summary>
/// <param name="Permanen">The server refused it for good (5xx, a bad address): no retry.</param>
/// <param name="Pesan">The server's or the network's message.</param>
/// <param name="Koneksi">The server could not be reached or the session broke: the rest of the batch waits too.</param>
internal sealed record GagalKirim(bool Permanen, string Pesan, bool Koneksi);

/// <summary>Sends mails over one SMTP session (opened on first use, closed on dispose).</summary>
internal interface ISaluranSurel : IAsyncDisposable
{
    /// <summary>Null when sent.</summary>
    Task<GagalKirim?> KirimAsync(MimeMessage pesan, CancellationToken cancellationToken);
}

/// <summary>Makes a session for one batch.</summary>
internal interface IPembukaSaluranSurel
{
    ISaluranSurel Buka();
}

/// <summary>MailKit over SMTP as <see cref="OpsiEmail"/> says.</summary>
internal sealed class PembukaSaluranSmtp(IOptions<OpsiEmail> opsi) : IPembukaSaluranSurel
{
    public ISaluranSurel Buka() => new SaluranSmtp(opsi.Value);

    private sealed class SaluranSmtp(OpsiEmail opsi) : ISaluranSurel
    {
        private readonly SmtpClient _klien = new() { Timeout = opsi.BatasWaktuDetik * 1000 };

        public async Task<GagalKirim?> KirimAsync(MimeMessage pesan, CancellationToken cancellationToken)
        {
            try
            {
                if (!_klien.IsConnected)
                {
                    var (tls, port) = opsi.Tls.Trim().ToLowerInvariant() switch
                    {
                        "ssl" or "tls" => (SecureSocketOptions.SslOnConnect, 465),
                        "starttls" or "true" => (SecureSocketOptions.StartTls, 587),
                        "none" or "false" => (SecureSocketOptions.None, 25),
                        _ => (SecureSocketOptions.StartTlsWhenAvailable, 587),
                    };
                    await _klien.ConnectAsync(opsi.Host!, opsi.Port ?? port, tls, cancellationToken);
                    if (!string.IsNullOrEmpty(opsi.User))
                    {
                        await _klien.AuthenticateAsync(opsi.User, opsi.Password ?? string.Empty, cancellationToken);
                    }
                }

                await _klien.SendAsync(pesan, cancellationToken);
                return null;
            }
            catch (SmtpCommandException ex)
            {
                // 5xx: refused for good (unknown mailbox, policy); 4xx: try again later. The session stays usable.
                return new GagalKirim((int)ex.StatusCode >= 500, $"SMTP {(int)ex.StatusCode}: {ex.Message}", false);
            }
            catch (AuthenticationException ex)
            {
                return new GagalKirim(false, $"Otentikasi SMTP gagal: {ex.Message}", true);
            }
            catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException
                                           or SslHandshakeException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return new GagalKirim(false, $"Server SMTP {opsi.Host} tidak dapat dihubungi: {ex.Message}", true);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_klien.IsConnected)
            {
                try
                {
                    await _klien.DisconnectAsync(true, CancellationToken.None);
                }
                catch (Exception ex) when (ex is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
                {
                    // the mails went; a broken goodbye changes nothing
                }
            }

            _klien.Dispose();
        }
    }
}

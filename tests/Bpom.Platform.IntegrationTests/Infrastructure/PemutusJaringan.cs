using System.Net;
using System.Net.Sockets;

namespace Bpom.Platform.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP relay between the API and PostgreSQL that a test can cut and restore, as a network outage or a
/// database host going away would: <see cref="Putus"/> refuses new connections and breaks the open ones (pooled
/// connections included), <see cref="Sambung"/> accepts again on the same port.
/// </summary>
public sealed class PemutusJaringan(string hostTujuan, int portTujuan) : IAsyncDisposable
{
    private readonly List<TcpClient> _terbuka = [];
    private readonly object _kunci = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _henti;

    public int Port { get; private set; }

    public void Sambung()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _henti = new CancellationTokenSource();
        _ = TerimaAsync(listener, _henti.Token);
    }

    public void Putus()
    {
        _henti?.Cancel();
        _listener?.Stop();
        lock (_kunci)
        {
            foreach (var c in _terbuka)
            {
                try
                {
                    if (c.Client is { } soket)
                    {
                        soket.LingerState = new LingerOption(true, 0); // RST, as a vanished host
                    }
                }
                catch (ObjectDisposedException)
                {
                    // closed by its own pump already
                }

                c.Dispose();
            }

            _terbuka.Clear();
        }
    }

    private async Task TerimaAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient klien;
            try
            {
                klien = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = SalurkanAsync(klien, ct);
        }
    }

    private async Task SalurkanAsync(TcpClient klien, CancellationToken ct)
    {
        var server = new TcpClient();
        lock (_kunci)
        {
            _terbuka.Add(klien);
            _terbuka.Add(server);
        }

        try
        {
            await server.ConnectAsync(hostTujuan, portTujuan, ct);
            using var a = klien.GetStream();
            using var b = server.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the outage the test asked for, or the peer closing
        }
        finally
        {
            lock (_kunci)
            {
                _terbuka.Remove(klien);
                _terbuka.Remove(server);
            }

            klien.Dispose();
            server.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Putus();
        _henti?.Dispose();
        return ValueTask.CompletedTask;
    }
}

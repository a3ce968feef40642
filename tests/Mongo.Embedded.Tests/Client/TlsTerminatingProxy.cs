using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// Accepts TLS connections with a given server certificate and pipes the decrypted bytes to a plain TCP backend
/// (the embedded server), as a TLS-terminating load balancer or stunnel would. Every task it starts is awaited on dispose.
/// </summary>
internal sealed class TlsTerminatingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate;
    private readonly int _backendPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;

    public TlsTerminatingProxy(X509Certificate2 certificate, int backendPort)
    {
        _certificate = certificate;
        _backendPort = backendPort;
        _listener.Start();
        _accepting = AcceptAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] open;
        lock (_gate)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open);
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_gate)
            {
                _connections.Add(ServeAsync(client, cancellationToken));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var backend = new TcpClient();
        using (client)
        {
            try
            {
                await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException)
                {
                    // The client refused the certificate and hung up.
                    return;
                }

                await backend.ConnectAsync(IPAddress.Loopback, _backendPort, cancellationToken);
                var plain = backend.GetStream();
                using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var up = PumpAsync(tls, plain, either);
                var down = PumpAsync(plain, tls, either);
                await Task.WhenAll(up, down);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client, the backend or the test closed the connection.
            }
        }
    }

    // Copies until either side closes, then stops the other direction too.
    private static async Task PumpAsync(Stream from, Stream to, CancellationTokenSource either)
    {
        try
        {
            await from.CopyToAsync(to, either.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // One side went away.
        }
        finally
        {
            await either.CancelAsync();
        }
    }
}

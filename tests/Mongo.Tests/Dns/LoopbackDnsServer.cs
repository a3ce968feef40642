using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Mongo.Tests.Dns;

/// <summary>
/// A fake DNS server on 127.0.0.1 (UDP and TCP on the same port) whose replies a test computes from each query.
/// The handler gets the query bytes and whether it came over TCP, and returns the reply, or null to stay silent.
/// </summary>
internal sealed class LoopbackDnsServer : IAsyncDisposable
{
    private readonly UdpClient _udp;
    private readonly TcpListener _tcp;
    private readonly Func<byte[], bool, byte[]?> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _udpLoop;
    private readonly Task _tcpLoop;

    public LoopbackDnsServer(Func<byte[], bool, byte[]?> handler)
    {
        _handler = handler;
        (_udp, _tcp) = BindOnePort();
        EndPoint = (IPEndPoint)_udp.Client.LocalEndPoint!;
        _udpLoop = ServeUdpAsync(_stop.Token);
        _tcpLoop = ServeTcpAsync(_stop.Token);
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>
    /// A UDP socket on a free port and a TCP listener on the same number. The kernel picks the UDP port; that
    /// number may be taken for TCP by another process (seen while other test runs shared the machine), so a
    /// clash means trying another port.
    /// </summary>
    private static (UdpClient Udp, TcpListener Tcp) BindOnePort()
    {
        for (var attempt = 1; ; attempt++)
        {
            var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            var tcp = new TcpListener((IPEndPoint)udp.Client.LocalEndPoint!);
            try
            {
                tcp.Start();
                return (udp, tcp);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < 20)
            {
                udp.Dispose();
            }
        }
    }

    public int UdpQueries { get; private set; }

    public int TcpQueries { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _udp.Dispose();
        _tcp.Stop();
        await Task.WhenAll(Finish(_udpLoop), Finish(_tcpLoop));
        _stop.Dispose();
    }

    private static async Task Finish(Task loop)
    {
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation when the test is done.
        }
        catch (ObjectDisposedException)
        {
            // Or by their socket being closed under them.
        }
        catch (SocketException)
        {
            // Stopping a listener aborts its pending accept.
        }
    }

    private async Task ServeUdpAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var request = await _udp.ReceiveAsync(cancellationToken);
            UdpQueries++;
            if (_handler(request.Buffer, false) is { } reply)
            {
                await _udp.SendAsync(reply, request.RemoteEndPoint, cancellationToken);
            }
        }
    }

    private async Task ServeTcpAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = await _tcp.AcceptTcpClientAsync(cancellationToken);
            var stream = client.GetStream();
            var length = new byte[2];
            await stream.ReadExactlyAsync(length, cancellationToken);
            var query = new byte[BinaryPrimitives.ReadUInt16BigEndian(length)];
            await stream.ReadExactlyAsync(query, cancellationToken);
            TcpQueries++;
            if (_handler(query, true) is { } reply)
            {
                var framed = new byte[reply.Length + 2];
                BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)reply.Length);
                reply.CopyTo(framed, 2);
                await stream.WriteAsync(framed, cancellationToken);
            }
        }
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Serverless.Mongo.Dns;

/// <summary>
/// A small stub resolver: sends one query per lookup over UDP to the configured name servers in order
/// (RFC 1035 section 4.2.1), retries over TCP when the reply is truncated (section 4.2.2, RFC 7766), and
/// moves to the next server when one times out or reports a failure.
/// </summary>
public sealed class DnsClient : IDnsResolver
{
    /// <summary>The per-server wait when none is given; resolv.conf(5)'s default "timeout" is 5 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private const int MaxUdpReply = 65535;

    // Host names in a URI may be internationalised ("bücher.example.com"); DNS carries them as punycode (RFC 5891).
    private static readonly IdnMapping Idn = new();

    private readonly IReadOnlyList<IPEndPoint> _servers;
    private readonly TimeSpan _timeout;

    public DnsClient(IReadOnlyList<IPEndPoint> nameServers, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(nameServers);
        if (nameServers.Count == 0)
        {
            throw new ArgumentException("At least one name server is needed.", nameof(nameServers));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _servers = nameServers;
        _timeout = timeout;
    }

    /// <summary>A client for the name servers of a resolv.conf file (by default /etc/resolv.conf).</summary>
    /// <exception cref="DnsException">The file names no name server.</exception>
    public static async Task<DnsClient> FromResolvConfAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var servers = ResolvConf.ParseNameServers(text);
        return servers.Count == 0
            ? throw new DnsException($"'{path}' has no usable 'nameserver' line.")
            : new DnsClient(servers, timeout);
    }

    /// <summary>A client for the system's name servers (/etc/resolv.conf) with the default timeout.</summary>
    public static Task<DnsClient> FromSystemConfigurationAsync(CancellationToken cancellationToken) =>
        FromResolvConfAsync(ResolvConf.DefaultPath, DefaultTimeout, cancellationToken);

    public async Task<IReadOnlyList<SrvRecord>> ResolveSrvAsync(string name, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(name, DnsRecordType.Srv, cancellationToken).ConfigureAwait(false);
        return [.. response.AnswersOf<SrvRecord>()];
    }

    public async Task<IReadOnlyList<TxtRecord>> ResolveTxtAsync(string name, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(name, DnsRecordType.Txt, cancellationToken).ConfigureAwait(false);
        return [.. response.AnswersOf<TxtRecord>()];
    }

    private async Task<DnsResponse> QueryAsync(string name, DnsRecordType type, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var server in _servers)
        {
            try
            {
                var response = await QueryServerAsync(server, name, type, cancellationToken).ConfigureAwait(false);

                // NXDOMAIN is an answer ("no such name"), not a failure: the caller sees no records.
                if (response.ResponseCode is DnsResponseCode.NoError or DnsResponseCode.NameError)
                {
                    return response;
                }

                failures.Add($"{server} answered {response.ResponseCode}");
            }
            catch (DnsException e)
            {
                failures.Add(e.Message);
            }
            catch (SocketException e)
            {
                failures.Add($"{server}: {e.Message}");
            }
            catch (IOException e)
            {
                // The TCP retry's connection closed or reset before the whole reply arrived.
                failures.Add($"{server}: {e.Message}");
            }
        }

        throw new DnsException($"The {type.ToString().ToUpperInvariant()} lookup of '{name}' failed: {string.Join("; ", failures)}");
    }

    private async Task<DnsResponse> QueryServerAsync(IPEndPoint server, string name, DnsRecordType type, CancellationToken cancellationToken)
    {
        // A random id makes a spoofed reply harder to slip in (RFC 5452, section 4.3).
        var id = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
        var query = DnsMessageWriter.EncodeQuery(id, ToAscii(name), type);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            var response = await ExchangeUdpAsync(server, query, id, deadline.Token).ConfigureAwait(false);
            return response.IsTruncated
                ? await ExchangeTcpAsync(server, query, id, deadline.Token).ConfigureAwait(false)
                : response;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DnsException(string.Create(
                CultureInfo.InvariantCulture,
                $"{server} did not answer the query for '{name}' within {_timeout.TotalMilliseconds} ms"));
        }
    }

    private static string ToAscii(string name)
    {
        if (name.All(char.IsAscii))
        {
            return name;
        }

        try
        {
            return Idn.GetAscii(name);
        }
        catch (ArgumentException e)
        {
            throw new DnsException($"'{name}' is not a valid internationalised domain name.", e);
        }
    }

    private static async Task<DnsResponse> ExchangeUdpAsync(IPEndPoint server, byte[] query, ushort id, CancellationToken cancellationToken)
    {
        using var udp = new UdpClient(server.AddressFamily);
        udp.Connect(server); // a connected socket drops datagrams from any other address
        await udp.SendAsync(query, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var received = await udp.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (received.Buffer.Length > MaxUdpReply)
            {
                continue;
            }

            var response = DnsMessageReader.Decode(received.Buffer);

            // A reply with another id answers an earlier query (ours timed out or a stray); keep waiting.
            if (response.IsResponse && response.Id == id)
            {
                return response;
            }
        }
    }

    private static async Task<DnsResponse> ExchangeTcpAsync(IPEndPoint server, byte[] query, ushort id, CancellationToken cancellationToken)
    {
        // RFC 1035 section 4.2.2: over TCP each message is preceded by its length as two bytes.
        using var tcp = new TcpClient(server.AddressFamily);
        await tcp.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
        var stream = tcp.GetStream();
        var framed = new byte[query.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)query.Length);
        query.CopyTo(framed, 2);
        await stream.WriteAsync(framed, cancellationToken).ConfigureAwait(false);

        var lengthBytes = new byte[2];
        await stream.ReadExactlyAsync(lengthBytes, cancellationToken).ConfigureAwait(false);
        var reply = new byte[BinaryPrimitives.ReadUInt16BigEndian(lengthBytes)];
        await stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
        var response = DnsMessageReader.Decode(reply);
        return response.IsResponse && response.Id == id
            ? response
            : throw new DnsException($"{server} answered over TCP with id {response.Id}, not the query's {id}.");
    }
}

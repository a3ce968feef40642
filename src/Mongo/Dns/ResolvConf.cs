using System.Net;

namespace Serverless.Mongo.Dns;

/// <summary>
/// Reads the name servers of a resolv.conf (resolv.conf(5): "nameserver ADDRESS" lines, '#' or ';' comments).
/// Only the nameserver lines matter to us; search domains do not apply to the fully qualified SRV names.
/// </summary>
internal static class ResolvConf
{
    public const string DefaultPath = "/etc/resolv.conf";
    private const int DnsPort = 53;

    public static IReadOnlyList<IPEndPoint> ParseNameServers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var servers = new List<IPEndPoint>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0] == "nameserver")
            {
                // An IPv6 address may carry a zone ("fe80::1%eth0"); IPAddress.TryParse understands it.
                if (IPAddress.TryParse(fields[1], out var address))
                {
                    servers.Add(new IPEndPoint(address, DnsPort));
                }
            }
        }

        return servers;
    }
}

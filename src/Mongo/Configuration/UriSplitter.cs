using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// Splits a MongoDB URI into <see cref="UriParts"/>, following the Connection String spec's parsing steps:
/// scheme, then the first unescaped '/' (or a '?' before it: the slash is optional when there is no
/// database), then the last '@' between user information and hosts, then ',' between hosts.
/// </summary>
internal static class UriSplitter
{
    private const string Scheme = "mongodb://";
    private const string SrvScheme = "mongodb+srv://";

    // Connection String spec, "Auth database": these must not appear in the decoded database name.
    private static readonly char[] ForbiddenDatabaseChars = ['/', '\\', ' ', '"', '$'];

    public static UriParts Split(string uri)
    {
        bool isSrv;
        string rest;
        if (uri.StartsWith(SrvScheme, StringComparison.OrdinalIgnoreCase))
        {
            isSrv = true;
            rest = uri[SrvScheme.Length..];
        }
        else if (uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            isSrv = false;
            rest = uri[Scheme.Length..];
        }
        else
        {
            throw new MongoConfigurationException("A connection string must start with 'mongodb://' or 'mongodb+srv://'.");
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        string authority;
        string? databasePart = null;
        string? optionsPart = null;
        if (question >= 0 && (slash < 0 || question < slash))
        {
            authority = rest[..question];
            optionsPart = rest[(question + 1)..];
        }
        else if (slash >= 0)
        {
            authority = rest[..slash];
            var afterSlash = rest[(slash + 1)..];
            var q = afterSlash.IndexOf('?', StringComparison.Ordinal);
            databasePart = q < 0 ? afterSlash : afterSlash[..q];
            optionsPart = q < 0 ? null : afterSlash[(q + 1)..];
        }
        else
        {
            authority = rest;
        }

        var at = authority.LastIndexOf('@');
        var hostList = at < 0 ? authority : authority[(at + 1)..];
        var (username, password) = at < 0 ? (null, null) : SplitUserInfo(authority[..at]);
        var hosts = HostParser.ParseList(hostList);
        if (isSrv)
        {
            CheckSrvHost(hosts);
        }

        return new UriParts(isSrv, at >= 0, username, password, hosts, ParseDatabase(databasePart), SplitOptions(optionsPart));
    }

    private static (string Username, string? Password) SplitUserInfo(string userInfo)
    {
        // Connection String spec, "User Information": '@', ':' (beyond the separator) and '/' must be escaped.
        if (userInfo.Contains('@', StringComparison.Ordinal))
        {
            throw new MongoConfigurationException("The user information contains an unescaped '@'; write it as %40.");
        }

        if (userInfo.Contains('/', StringComparison.Ordinal))
        {
            throw new MongoConfigurationException("The user information contains an unescaped '/'; write it as %2F.");
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var rawUser = colon < 0 ? userInfo : userInfo[..colon];
        var rawPassword = colon < 0 ? null : userInfo[(colon + 1)..];
        if (rawPassword is not null && rawPassword.Contains(':', StringComparison.Ordinal))
        {
            throw new MongoConfigurationException("The password contains an unescaped ':'; write it as %3A.");
        }

        var username = PercentDecoder.Decode(rawUser, "user name");
        if (username.Length == 0)
        {
            // Authentication spec: user information without a user name is an error, not "no credential".
            throw new MongoConfigurationException("The connection string has user information ('@') but an empty user name.");
        }

        return (username, rawPassword is null ? null : PercentDecoder.Decode(rawPassword, "password"));
    }

    private static void CheckSrvHost(List<ServerAddress> hosts)
    {
        // Initial DNS Seedlist Discovery spec, "Seedlist discovery": exactly one host name and no port.
        if (hosts.Count != 1)
        {
            throw new MongoConfigurationException("A mongodb+srv connection string must name exactly one host.");
        }

        var host = hosts[0];
        if (host.HasExplicitPort)
        {
            throw new MongoConfigurationException("A mongodb+srv connection string must not name a port; the SRV records give the ports.");
        }

        if (host.Kind != HostKind.Dns)
        {
            throw new MongoConfigurationException("A mongodb+srv connection string must name a DNS host name, not an IP address or socket.");
        }
    }

    private static string? ParseDatabase(string? databasePart)
    {
        if (string.IsNullOrEmpty(databasePart))
        {
            return null;
        }

        var database = PercentDecoder.Decode(databasePart, "database name");
        var bad = database.IndexOfAny(ForbiddenDatabaseChars);
        return bad >= 0
            ? throw new MongoConfigurationException($"The database name '{database}' contains '{database[bad]}', which a database name cannot contain.")
            : database;
    }

    private static List<KeyValuePair<string, string>> SplitOptions(string? optionsPart)
    {
        var options = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(optionsPart))
        {
            return options;
        }

        foreach (var pair in optionsPart.Split('&'))
        {
            options.Add(SplitPair(pair, "connection string"));
        }

        return options;
    }

    /// <summary>Splits one <c>key=value</c> option; shared with TXT records, which use the same syntax.</summary>
    public static KeyValuePair<string, string> SplitPair(string pair, string origin)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new MongoConfigurationException($"The {origin} option '{pair}' is not of the form key=value.");
        }

        return new(
            PercentDecoder.Decode(pair[..equals], "option name"),
            PercentDecoder.Decode(pair[(equals + 1)..], $"value of option '{pair[..equals]}'"));
    }
}

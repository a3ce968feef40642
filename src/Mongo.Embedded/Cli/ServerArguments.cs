using System.Globalization;

namespace Serverless.Mongo.Embedded.Cli;

/// <summary>
/// The command line: <c>--port &lt;n&gt; [--seed &lt;dir&gt;] [--user &lt;name:password&gt;]…</c>, or <c>--help</c>.
/// Parsing errors name the offending argument.
/// </summary>
internal sealed record ServerArguments(int Port, string? SeedDirectory, IReadOnlyList<EmbeddedMongoUser> Users, bool ShowHelp)
{
    public const string Usage = "usage: Serverless.Mongo.Embedded --port <n> [--seed <dir>] [--user <name:password>]...   (port 0 picks a free port)";

    public const string Help = Usage + """


        Options:
          --port <n>                TCP port on 127.0.0.1; 0 lets the operating system pick one. Required.
          --seed <dir>              Load <dir>/<db>/<collection>.json[.gz] (Extended JSON, one document a line) at start.
          --user <name:password>    Accept this user (authentication database admin) over SCRAM-SHA-256 or SCRAM-SHA-1.
                                    Repeatable. With at least one user, every command except hello, ping, buildInfo
                                    and the SASL handshake needs an authenticated connection (error 13 otherwise);
                                    connect with mongodb://name:password@127.0.0.1:<port>/. The password is the text
                                    after the first ':'.
          --help                    Print this help and exit.

        Prints exactly one line on stdout, the connection string, then serves until SIGINT or SIGTERM.
        """;

    /// <exception cref="ArgumentException">The arguments do not follow <see cref="Usage"/>.</exception>
    public static ServerArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            return new ServerArguments(0, null, [], ShowHelp: true);
        }

        int? port = null;
        string? seed = null;
        List<EmbeddedMongoUser> users = [];
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--port" or "--seed" or "--user"))
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port":
                    port = port is null ? ParsePort(value) : throw new ArgumentException("--port is given twice");
                    break;
                case "--seed":
                    seed = seed is null ? value : throw new ArgumentException("--seed is given twice");
                    break;
                default:
                    users.Add(ParseUser(value, users));
                    break;
            }
        }

        return new ServerArguments(port ?? throw new ArgumentException("--port is required"), seed, users, ShowHelp: false);
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"--port must be an integer from 0 to 65535, not '{value}'");

    // name:password, split at the first ':' so that passwords may contain ':' (user names cannot, here).
    private static EmbeddedMongoUser ParseUser(string value, List<EmbeddedMongoUser> earlier)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            throw new ArgumentException($"--user must be <name:password> with a non-empty name and password, not '{value}'");
        }

        var user = new EmbeddedMongoUser(value[..colon], value[(colon + 1)..]);
        return earlier.Any(u => string.Equals(u.Name, user.Name, StringComparison.Ordinal))
            ? throw new ArgumentException($"--user '{user.Name}' is given twice")
            : user;
    }
}

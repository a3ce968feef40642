using System.Globalization;

namespace Serverless.Mongo.Embedded.Cli;

/// <summary>The command line: <c>--port &lt;n&gt; [--seed &lt;dir&gt;]</c>. Parsing errors name the offending argument.</summary>
internal sealed record ServerArguments(int Port, string? SeedDirectory)
{
    public const string Usage = "usage: Serverless.Mongo.Embedded --port <n> [--seed <dir>]   (port 0 picks a free port)";

    /// <exception cref="ArgumentException">The arguments do not follow <see cref="Usage"/>.</exception>
    public static ServerArguments Parse(IReadOnlyList<string> args)
    {
        int? port = null;
        string? seed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--port" or "--seed"))
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            if (name == "--port")
            {
                port = port is null ? ParsePort(value) : throw new ArgumentException("--port is given twice");
            }
            else
            {
                seed = seed is null ? value : throw new ArgumentException("--seed is given twice");
            }
        }

        return new ServerArguments(port ?? throw new ArgumentException("--port is required"), seed);
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"--port must be an integer from 0 to 65535, not '{value}'");
}

using System.Globalization;

namespace Serverless.Load;

/// <summary>
/// The command line: <c>--target name=url</c> (repeatable; the first is "ours" in the ratios, the second the
/// reference), <c>--pid name=pid</c> (repeatable, for RSS and CPU), <c>--mongo-pid pid</c> (the MongoDB both use,
/// for its CPU per request), <c>--clients 1,16,64</c>, <c>--warmup 3</c> and
/// <c>--duration 10</c> (seconds per cell), <c>--year 2008</c> (MoviesByYear's variable), <c>--out PATH</c>.
/// </summary>
internal sealed record DriverOptions(
    IReadOnlyList<LoadTarget> Targets,
    int? MongoProcessId,
    IReadOnlyList<int> ClientCounts,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Year,
    string? OutputPath)
{
    public const string Usage =
        "usage: LoadDriver --target name=url [--target name=url]... [--pid name=pid]... [--mongo-pid pid] [--clients 1,16,64] [--warmup 3] [--duration 10] [--year 2008] [--out PATH]";

    /// <exception cref="ArgumentException">The arguments do not follow <see cref="Usage"/>.</exception>
    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var targets = new List<(string Name, Uri Endpoint)>();
        var pids = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<int> clients = [1, 16, 64];
        double warmup = 3, duration = 10;
        var year = 2008;
        string? output = null;
        int? mongoPid = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value");
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--target":
                    var (name, url) = SplitPair(args[i], value);
                    targets.Add((name, Uri.TryCreate(url, UriKind.Absolute, out var endpoint) ? endpoint : throw new ArgumentException($"--target {name}: '{url}' is not an absolute URL")));
                    break;
                case "--pid":
                    var (pidName, pidText) = SplitPair(args[i], value);
                    pids[pidName] = int.Parse(pidText, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--mongo-pid":
                    mongoPid = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--clients":
                    clients = [.. value.Split(',').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture))];
                    break;
                case "--warmup":
                    warmup = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--duration":
                    duration = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--year":
                    year = int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = value;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (targets.Count == 0 || clients.Count == 0 || clients.Any(c => c < 1) || duration <= 0 || warmup < 0)
        {
            throw new ArgumentException("at least one --target, client counts of at least 1 and a positive --duration are needed");
        }

        foreach (var name in pids.Keys.Where(name => !targets.Any(t => t.Name == name)))
        {
            throw new ArgumentException($"--pid names '{name}', which is no --target");
        }

        return new DriverOptions(
            [.. targets.Select(t => new LoadTarget(t.Name, t.Endpoint, pids.TryGetValue(t.Name, out var pid) ? pid : null))],
            mongoPid,
            clients,
            TimeSpan.FromSeconds(warmup),
            TimeSpan.FromSeconds(duration),
            year,
            output);
    }

    private static (string Name, string Value) SplitPair(string option, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < value.Length - 1
            ? (value[..equals], value[(equals + 1)..])
            : throw new ArgumentException($"{option} must be name=value, not '{value}'");
    }
}

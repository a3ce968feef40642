using System.Globalization;

namespace Serverless.Mongo;

/// <summary>proxyPort: a TCP port; like every proxy option, it must not be repeated (proxy-options.json).</summary>
internal sealed class ProxyPortUriOption(string name) : UriOption(name)
{
    public override bool RepeatIsError => true;

    public override bool InvalidIsError => true;

    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be a number from 1 to 65535";
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : null;
    }
}

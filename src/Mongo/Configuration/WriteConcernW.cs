using System.Globalization;

namespace Serverless.Mongo;

/// <summary>
/// The write concern's <c>w</c>: either a number of nodes or a name ("majority" or a custom tag set name).
/// Exactly one of <see cref="Nodes"/> and <see cref="Mode"/> is set.
/// </summary>
public sealed record WriteConcernW
{
    public WriteConcernW(int nodes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodes);
        Nodes = nodes;
    }

    public WriteConcernW(string mode)
    {
        ArgumentException.ThrowIfNullOrEmpty(mode);
        Mode = mode;
    }

    public int? Nodes { get; }

    public string? Mode { get; }

    public override string ToString() => Mode ?? Nodes!.Value.ToString(CultureInfo.InvariantCulture);
}

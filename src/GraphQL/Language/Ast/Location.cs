using System.Diagnostics;

namespace Serverless.GraphQL.Language;

/// <summary>
/// A node's span in its source: UTF-8 byte offsets of the first token's start and the last token's end. Line and
/// column are computed on demand from <see cref="Source"/>, so parsing pays nothing for them.
/// </summary>
public readonly struct Location : IEquatable<Location>
{
    public Location(SourceText source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Source = source;
        Start = start;
        End = end;
    }

    /// <summary>
    /// The parser's constructor: it creates a location per node from offsets it has just read, which already hold
    /// the public constructor's invariants, so it skips their checks.
    /// </summary>
    internal Location(SourceText source, int start, int end, bool trusted)
    {
        Debug.Assert(trusted && start >= 0 && end >= start, "the parser passes ordered, non-negative offsets");
        Source = source;
        Start = start;
        End = end;
    }

    /// <summary>The parsed text; null for nodes built in code.</summary>
    public SourceText? Source { get; }

    /// <summary>Byte offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Byte offset just after the last character.</summary>
    public int End { get; }

    /// <summary>1-based line of <see cref="Start"/>, or 0 without a source.</summary>
    public int Line => Source?.GetLineAndColumn(Start).Line ?? 0;

    /// <summary>1-based column of <see cref="Start"/> in UTF-16 code units (as graphql-js reports), or 0 without a source.</summary>
    public int Column => Source?.GetLineAndColumn(Start).Column ?? 0;

    public static bool operator ==(Location left, Location right) => left.Equals(right);

    public static bool operator !=(Location left, Location right) => !left.Equals(right);

    public bool Equals(Location other) => ReferenceEquals(Source, other.Source) && Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);

    public override string ToString() => Source is null ? "(no source)" : $"{Line}:{Column} [{Start}..{End})";
}

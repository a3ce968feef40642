namespace Serverless.Bson;

/// <summary>Limits and legacy switches for the Extended JSON reader (MongoDB "Extended JSON" spec, "Parsers").</summary>
public sealed record ExtendedJsonReaderOptions
{
    /// <summary>The largest <see cref="MaxDepth"/> accepted; the reader recurses once per level.</summary>
    public const int MaxDepthLimit = 1024;

    private readonly int _maxDepth = 256;

    public static ExtendedJsonReaderOptions Default { get; } = new();

    /// <summary>
    /// Deepest nesting of JSON objects and arrays accepted, type wrappers included. The spec asks parsers to
    /// support at least 200 levels, because wrappers can double the apparent depth of a BSON document
    /// ("Design Rationale", "Of Parsers and Generators"); 256 also matches the binary decoder's default, and
    /// deeper input fails with <see cref="ExtendedJsonException"/> long before the stack is at risk.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1 to <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthLimit);
            _maxDepth = value;
        }
    }

    /// <summary>
    /// Accepts the legacy <c>{"$date": &lt;milliseconds as a JSON integer&gt;}</c> written by old mongoexport
    /// versions and the Java driver. Off by default: the spec allows legacy formats "only if explicitly
    /// configured" ("Parsers"), and the corpus lists <c>{"$date": 42}</c> as a parse error (top.json).
    /// </summary>
    public bool AcceptLegacyDateNumbers { get; init; }
}

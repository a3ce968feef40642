namespace Serverless.Mongo;

/// <summary>
/// One option of the URI Options spec: its canonical name and how to turn its text into a typed value.
/// The spec's default for a bad value is "warn and ignore" (uri-options.md, "Invalid option values");
/// the few options where a bad value must stop parsing say so through <see cref="InvalidIsError"/>.
/// </summary>
internal abstract class UriOption(string name)
{
    public string Name { get; } = name;

    /// <summary>True when an invalid value must fail parsing instead of producing a warning.</summary>
    public virtual bool InvalidIsError => false;

    /// <summary>True when a repeated key must fail parsing (the proxy options, proxy-options.json).</summary>
    public virtual bool RepeatIsError => false;

    /// <summary>Parses <paramref name="text"/>; returns null and sets <paramref name="problem"/> when invalid.</summary>
    public abstract object? Convert(string text, List<string> warnings, out string? problem);

    /// <summary>Combines a repeated key's earlier and later values; by default the later one wins.</summary>
    public virtual object Combine(object earlier, object later) => later;

    /// <summary>True when repeating the key is normal (lists such as readPreferenceTags), so no warning.</summary>
    public virtual bool RepeatIsExpected => false;
}

namespace Serverless.GraphQL.Execution;

/// <summary>One entry of a response's "errors" list (§7.1.2).</summary>
public sealed class GraphQLError
{
    public GraphQLError(string message, IReadOnlyList<ErrorLocation>? locations = null, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    /// <summary>Where in the document the error arose; empty when no location applies (then it is not serialized).</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>Response path of a field error: response keys (<see cref="string"/>) and list indices (<see cref="int"/>); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public GraphQLError WithMessage(string message) => new(message, Locations, Path, Extensions);

    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?>? extensions) => new(Message, Locations, Path, extensions);

    public override string ToString() => Path is null ? Message : $"{Message} (at {string.Join('.', Path)})";
}

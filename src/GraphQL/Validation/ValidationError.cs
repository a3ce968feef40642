using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// A request-document validation error (§5, reported as in §7.1.2): the graphql-js 17 message and the locations of
/// the nodes it is about, in the order graphql-js lists them.
/// </summary>
public sealed class ValidationError
{
    public ValidationError(string message, params IEnumerable<SyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(nodes);
        Message = message;
        Nodes = [.. nodes];
        Locations = [.. Nodes.Where(node => node.Location.Source is not null).Select(node => new ErrorLocation(node.Location.Line, node.Location.Column))];
    }

    public string Message { get; }

    /// <summary>The syntax nodes the error is about; empty for document-wide errors such as the error limit.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    public IReadOnlyList<ErrorLocation> Locations { get; }

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}

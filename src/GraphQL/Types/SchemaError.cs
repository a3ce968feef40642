using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>One type-system error (§3) with the SDL nodes it concerns, worded like graphql-js.</summary>
public sealed class SchemaError
{
    public SchemaError(string message, IEnumerable<SyntaxNode?>? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Nodes = nodes is null ? [] : [.. nodes.OfType<SyntaxNode>()];
    }

    public string Message { get; }

    /// <summary>The SDL nodes involved, for locations; empty for types built in code.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    public IEnumerable<Location> Locations => Nodes.Select(node => node.Location).Where(location => location.Source is not null);

    public override string ToString() => Message;
}

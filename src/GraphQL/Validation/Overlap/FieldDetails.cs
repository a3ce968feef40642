using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>One field selection with the type it was selected on and its definition (null when unknown or a meta-field).</summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, Field? definition)
{
    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public Field? Definition { get; } = definition;

    /// <summary>graphql-js 17 treats any directive named <c>stream</c> as the incremental-delivery directive.</summary>
    public DirectiveNode? StreamDirective { get; } = node.Directives.FirstOrDefault(d => d.Name.Value == "stream");

    /// <summary>No arguments, no sub-selection, no stream: two such selections of the same field never conflict.</summary>
    public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null && StreamDirective is null;
}

namespace Serverless.GraphQL.Language;

/// <summary>A whole GraphQL document (§2.2): executable and type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(Location location, IReadOnlyList<DefinitionNode> definitions)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        Definitions = definitions;
    }

    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Definitions)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Definitions"/> replaced.</summary>
    public DocumentNode WithDefinitions(IReadOnlyList<DefinitionNode> definitions) => new(Location, definitions);
}

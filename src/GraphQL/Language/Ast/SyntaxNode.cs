namespace Serverless.GraphQL.Language;

/// <summary>
/// The root of the immutable syntax tree. Every node knows where it came from (<see cref="Location"/>), its
/// production (<see cref="Kind"/>) and its children; behaviour is added from outside through
/// <see cref="ISyntaxVisitor{TResult}"/>.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(Location location) => Location = location;

    /// <summary>The grammar production this node stands for.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node's first and last tokens are in its source; default for synthesized nodes.</summary>
    public Location Location { get; }

    /// <summary>Calls the visitor's overload for this node's concrete type.</summary>
    public abstract TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor);

    /// <summary>The direct child nodes in source order.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>The node printed as graphql-js <c>print()</c> would.</summary>
    public override string ToString() => Printer.Print(this);
}

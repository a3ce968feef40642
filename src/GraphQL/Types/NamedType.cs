using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A type with a name in the schema's type map (§3.4).</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name)
    {
        NameValidator.Require(name);
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The SDL definition the type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    /// <summary>The SDL extensions applied to the type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Directives applied to the definition and its extensions, as written (hosts read custom ones here).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    public override NamedType Named => this;

    /// <summary>Whether the type is one of the built-in introspection types of §4.2 (not merely a "__" name).</summary>
    public bool IsIntrospectionType => Introspection.IntrospectionTypes.All.Contains(this);

    /// <summary>The types this type's definition mentions, in graphql-js type-map collection order.</summary>
    internal virtual IEnumerable<GraphQLType> ReferencedTypes => [];

    public override string ToString() => Name;

    public override bool IsEqualTo(GraphQLType other) => ReferenceEquals(this, other);
}

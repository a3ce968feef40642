using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A type definition together with the extensions applied to it (§3.4.3 Type Extensions), members in document order.</summary>
internal sealed class TypeDefinitionGroup(TypeDefinitionNode definition)
{
    public TypeDefinitionNode Definition { get; } = definition;

    public string Name => Definition.Name.Value;

    public List<TypeExtensionNode> Extensions { get; } = [];

    public IEnumerable<SyntaxNode> Nodes => Extensions.Prepend<SyntaxNode>(Definition);

    public IEnumerable<DirectiveNode> Directives => Definition.Directives.Concat(Extensions.SelectMany(extension => extension.Directives));

    public IEnumerable<FieldDefinitionNode> Fields => Nodes.SelectMany(node => node switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        ObjectTypeExtensionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        InterfaceTypeExtensionNode i => i.Fields,
        _ => [],
    });

    public IEnumerable<NamedTypeNode> Interfaces => Nodes.SelectMany(node => node switch
    {
        ObjectTypeDefinitionNode o => o.Interfaces,
        ObjectTypeExtensionNode o => o.Interfaces,
        InterfaceTypeDefinitionNode i => i.Interfaces,
        InterfaceTypeExtensionNode i => i.Interfaces,
        _ => [],
    });

    public IEnumerable<NamedTypeNode> UnionMembers => Nodes.SelectMany(node => node switch
    {
        UnionTypeDefinitionNode u => u.Types,
        UnionTypeExtensionNode u => u.Types,
        _ => [],
    });

    public IEnumerable<EnumValueDefinitionNode> EnumValues => Nodes.SelectMany(node => node switch
    {
        EnumTypeDefinitionNode e => e.Values,
        EnumTypeExtensionNode e => e.Values,
        _ => [],
    });

    public IEnumerable<InputValueDefinitionNode> InputFields => Nodes.SelectMany(node => node switch
    {
        InputObjectTypeDefinitionNode i => i.Fields,
        InputObjectTypeExtensionNode i => i.Fields,
        _ => [],
    });

    /// <summary>The word graphql-js uses for the definition's kind in "Cannot extend non-… type" messages.</summary>
    public static string KindWord(SyntaxNode node) => node switch
    {
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "input object",
        _ => "scalar",
    };
}

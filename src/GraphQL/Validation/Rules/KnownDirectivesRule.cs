using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations.</summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, IReadOnlyList<string>> _locations = DirectiveCatalog.LocationNames(context);

    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        var location = DirectiveLocationOf(context.Ancestors);
        if (!locations.Contains(location))
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
        }
    }

    // The location is given by the node the directive is applied to (its parent) and, for variable and input value
    // definitions, by what those belong to (§3.13 DirectiveLocations).
    private static string DirectiveLocationOf(IReadOnlyList<SyntaxNode> ancestors) => ancestors[^1] switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Mutation => "MUTATION",
            OperationType.Subscription => "SUBSCRIPTION",
            _ => "QUERY",
        },
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? "INPUT_FIELD_DEFINITION"
            : "ARGUMENT_DEFINITION",
        var other => throw new InvalidOperationException($"Directives cannot be applied to {other.Kind}."),
    };
}

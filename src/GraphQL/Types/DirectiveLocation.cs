namespace Serverless.GraphQL.Types;

/// <summary>Where a directive may be applied (§3.13 DirectiveLocations); introspected as <c>__DirectiveLocation</c>.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

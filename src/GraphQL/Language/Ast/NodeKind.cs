namespace Serverless.GraphQL.Language;

/// <summary>Identifies a syntax node's production, as graphql-js's <c>Kind</c> does; behaviour goes through <see cref="ISyntaxVisitor{TResult}"/>.</summary>
public enum NodeKind
{
    Name,

    Document,

    OperationDefinition,

    VariableDefinition,

    SelectionSet,

    Field,

    Argument,

    FragmentSpread,

    InlineFragment,

    FragmentDefinition,

    Variable,

    IntValue,

    FloatValue,

    StringValue,

    BooleanValue,

    NullValue,

    EnumValue,

    ListValue,

    ObjectValue,

    ObjectField,

    Directive,

    NamedType,

    ListType,

    NonNullType,

    SchemaDefinition,

    OperationTypeDefinition,

    ScalarTypeDefinition,

    ObjectTypeDefinition,

    FieldDefinition,

    InputValueDefinition,

    InterfaceTypeDefinition,

    UnionTypeDefinition,

    EnumTypeDefinition,

    EnumValueDefinition,

    InputObjectTypeDefinition,

    DirectiveDefinition,

    SchemaExtension,

    ScalarTypeExtension,

    ObjectTypeExtension,

    InterfaceTypeExtension,

    UnionTypeExtension,

    EnumTypeExtension,

    InputObjectTypeExtension,
}

namespace Serverless.GraphQL.Language;

/// <summary>
/// Double dispatch over the closed set of syntax nodes: printers, walkers and validators implement this
/// instead of switching on <see cref="NodeKind"/>.
/// </summary>
/// <typeparam name="TResult">What a visit produces.</typeparam>
public interface ISyntaxVisitor<out TResult>
{
    TResult Visit(NameNode node);

    TResult Visit(DocumentNode node);

    TResult Visit(OperationDefinitionNode node);

    TResult Visit(VariableDefinitionNode node);

    TResult Visit(SelectionSetNode node);

    TResult Visit(FieldNode node);

    TResult Visit(ArgumentNode node);

    TResult Visit(FragmentSpreadNode node);

    TResult Visit(InlineFragmentNode node);

    TResult Visit(FragmentDefinitionNode node);

    TResult Visit(VariableNode node);

    TResult Visit(IntValueNode node);

    TResult Visit(FloatValueNode node);

    TResult Visit(StringValueNode node);

    TResult Visit(BooleanValueNode node);

    TResult Visit(NullValueNode node);

    TResult Visit(EnumValueNode node);

    TResult Visit(ListValueNode node);

    TResult Visit(ObjectValueNode node);

    TResult Visit(ObjectFieldNode node);

    TResult Visit(DirectiveNode node);

    TResult Visit(NamedTypeNode node);

    TResult Visit(ListTypeNode node);

    TResult Visit(NonNullTypeNode node);

    TResult Visit(SchemaDefinitionNode node);

    TResult Visit(OperationTypeDefinitionNode node);

    TResult Visit(ScalarTypeDefinitionNode node);

    TResult Visit(ObjectTypeDefinitionNode node);

    TResult Visit(FieldDefinitionNode node);

    TResult Visit(InputValueDefinitionNode node);

    TResult Visit(InterfaceTypeDefinitionNode node);

    TResult Visit(UnionTypeDefinitionNode node);

    TResult Visit(EnumTypeDefinitionNode node);

    TResult Visit(EnumValueDefinitionNode node);

    TResult Visit(InputObjectTypeDefinitionNode node);

    TResult Visit(DirectiveDefinitionNode node);

    TResult Visit(SchemaExtensionNode node);

    TResult Visit(ScalarTypeExtensionNode node);

    TResult Visit(ObjectTypeExtensionNode node);

    TResult Visit(InterfaceTypeExtensionNode node);

    TResult Visit(UnionTypeExtensionNode node);

    TResult Visit(EnumTypeExtensionNode node);

    TResult Visit(InputObjectTypeExtensionNode node);
}

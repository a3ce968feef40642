namespace Serverless.GraphQL.Language;

/// <summary>
/// A visitor whose every overload falls back to <see cref="DefaultVisit"/>: override only the nodes you care about.
/// A walker calls <c>child.Accept(this)</c> over <see cref="SyntaxNode.GetChildren"/> in its default.
/// </summary>
/// <typeparam name="TResult">What a visit produces.</typeparam>
public abstract class SyntaxVisitor<TResult> : ISyntaxVisitor<TResult>
{
    public virtual TResult Visit(NameNode node) => DefaultVisit(node);

    public virtual TResult Visit(DocumentNode node) => DefaultVisit(node);

    public virtual TResult Visit(OperationDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(VariableDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(SelectionSetNode node) => DefaultVisit(node);

    public virtual TResult Visit(FieldNode node) => DefaultVisit(node);

    public virtual TResult Visit(ArgumentNode node) => DefaultVisit(node);

    public virtual TResult Visit(FragmentSpreadNode node) => DefaultVisit(node);

    public virtual TResult Visit(InlineFragmentNode node) => DefaultVisit(node);

    public virtual TResult Visit(FragmentDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(VariableNode node) => DefaultVisit(node);

    public virtual TResult Visit(IntValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(FloatValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(StringValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(BooleanValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(NullValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(EnumValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(ListValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(ObjectValueNode node) => DefaultVisit(node);

    public virtual TResult Visit(ObjectFieldNode node) => DefaultVisit(node);

    public virtual TResult Visit(DirectiveNode node) => DefaultVisit(node);

    public virtual TResult Visit(NamedTypeNode node) => DefaultVisit(node);

    public virtual TResult Visit(ListTypeNode node) => DefaultVisit(node);

    public virtual TResult Visit(NonNullTypeNode node) => DefaultVisit(node);

    public virtual TResult Visit(SchemaDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(OperationTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(ScalarTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(ObjectTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(FieldDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(InputValueDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(InterfaceTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(UnionTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(EnumTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(EnumValueDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(InputObjectTypeDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(DirectiveDefinitionNode node) => DefaultVisit(node);

    public virtual TResult Visit(SchemaExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(ScalarTypeExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(ObjectTypeExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(InterfaceTypeExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(UnionTypeExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(EnumTypeExtensionNode node) => DefaultVisit(node);

    public virtual TResult Visit(InputObjectTypeExtensionNode node) => DefaultVisit(node);

    /// <summary>What every overload that is not overridden does.</summary>
    protected abstract TResult DefaultVisit(SyntaxNode node);
}

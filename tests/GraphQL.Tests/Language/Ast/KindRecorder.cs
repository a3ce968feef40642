using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Ast;

/// <summary>Answers each visit with the kind its overload stands for, to prove dispatch reaches the right method.</summary>
internal sealed class KindRecorder : ISyntaxVisitor<NodeKind>
{
    public NodeKind Visit(NameNode node) => NodeKind.Name;

    public NodeKind Visit(DocumentNode node) => NodeKind.Document;

    public NodeKind Visit(OperationDefinitionNode node) => NodeKind.OperationDefinition;

    public NodeKind Visit(VariableDefinitionNode node) => NodeKind.VariableDefinition;

    public NodeKind Visit(SelectionSetNode node) => NodeKind.SelectionSet;

    public NodeKind Visit(FieldNode node) => NodeKind.Field;

    public NodeKind Visit(ArgumentNode node) => NodeKind.Argument;

    public NodeKind Visit(FragmentSpreadNode node) => NodeKind.FragmentSpread;

    public NodeKind Visit(InlineFragmentNode node) => NodeKind.InlineFragment;

    public NodeKind Visit(FragmentDefinitionNode node) => NodeKind.FragmentDefinition;

    public NodeKind Visit(VariableNode node) => NodeKind.Variable;

    public NodeKind Visit(IntValueNode node) => NodeKind.IntValue;

    public NodeKind Visit(FloatValueNode node) => NodeKind.FloatValue;

    public NodeKind Visit(StringValueNode node) => NodeKind.StringValue;

    public NodeKind Visit(BooleanValueNode node) => NodeKind.BooleanValue;

    public NodeKind Visit(NullValueNode node) => NodeKind.NullValue;

    public NodeKind Visit(EnumValueNode node) => NodeKind.EnumValue;

    public NodeKind Visit(ListValueNode node) => NodeKind.ListValue;

    public NodeKind Visit(ObjectValueNode node) => NodeKind.ObjectValue;

    public NodeKind Visit(ObjectFieldNode node) => NodeKind.ObjectField;

    public NodeKind Visit(DirectiveNode node) => NodeKind.Directive;

    public NodeKind Visit(NamedTypeNode node) => NodeKind.NamedType;

    public NodeKind Visit(ListTypeNode node) => NodeKind.ListType;

    public NodeKind Visit(NonNullTypeNode node) => NodeKind.NonNullType;

    public NodeKind Visit(SchemaDefinitionNode node) => NodeKind.SchemaDefinition;

    public NodeKind Visit(OperationTypeDefinitionNode node) => NodeKind.OperationTypeDefinition;

    public NodeKind Visit(ScalarTypeDefinitionNode node) => NodeKind.ScalarTypeDefinition;

    public NodeKind Visit(ObjectTypeDefinitionNode node) => NodeKind.ObjectTypeDefinition;

    public NodeKind Visit(FieldDefinitionNode node) => NodeKind.FieldDefinition;

    public NodeKind Visit(InputValueDefinitionNode node) => NodeKind.InputValueDefinition;

    public NodeKind Visit(InterfaceTypeDefinitionNode node) => NodeKind.InterfaceTypeDefinition;

    public NodeKind Visit(UnionTypeDefinitionNode node) => NodeKind.UnionTypeDefinition;

    public NodeKind Visit(EnumTypeDefinitionNode node) => NodeKind.EnumTypeDefinition;

    public NodeKind Visit(EnumValueDefinitionNode node) => NodeKind.EnumValueDefinition;

    public NodeKind Visit(InputObjectTypeDefinitionNode node) => NodeKind.InputObjectTypeDefinition;

    public NodeKind Visit(DirectiveDefinitionNode node) => NodeKind.DirectiveDefinition;

    public NodeKind Visit(SchemaExtensionNode node) => NodeKind.SchemaExtension;

    public NodeKind Visit(ScalarTypeExtensionNode node) => NodeKind.ScalarTypeExtension;

    public NodeKind Visit(ObjectTypeExtensionNode node) => NodeKind.ObjectTypeExtension;

    public NodeKind Visit(InterfaceTypeExtensionNode node) => NodeKind.InterfaceTypeExtension;

    public NodeKind Visit(UnionTypeExtensionNode node) => NodeKind.UnionTypeExtension;

    public NodeKind Visit(EnumTypeExtensionNode node) => NodeKind.EnumTypeExtension;

    public NodeKind Visit(InputObjectTypeExtensionNode node) => NodeKind.InputObjectTypeExtension;
}

using static Serverless.GraphQL.Language.PrintHelpers;

namespace Serverless.GraphQL.Language;

/// <summary>Type system definitions and extensions.</summary>
internal sealed partial class PrintVisitor
{
    public PrintBuffer Visit(SchemaDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("schema"), Directives(node.Directives), Block(All(node.OperationTypes))));

    public PrintBuffer Visit(OperationTypeDefinitionNode node) =>
        Concat(Text(OperationName(node.Operation)), Text(": "), node.Type.Accept(this));

    public PrintBuffer Visit(ScalarTypeDefinitionNode node) =>
        Concat(DescriptionLine(node.Description), Join(" ", Text("scalar"), node.Name.Accept(this), Directives(node.Directives)));

    public PrintBuffer Visit(ObjectTypeDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("type"), node.Name.Accept(this), Interfaces(node.Interfaces), Directives(node.Directives), Block(All(node.Fields))));

    public PrintBuffer Visit(FieldDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            node.Name.Accept(this),
            ArgumentDefinitions(node.Arguments),
            Text(": "),
            node.Type.Accept(this),
            Wrap(" ", Directives(node.Directives)));

    public PrintBuffer Visit(InputValueDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            node.Name.Accept(this),
            Text(": "),
            node.Type.Accept(this),
            Wrap(" = ", Optional(node.DefaultValue)),
            Wrap(" ", Directives(node.Directives)));

    public PrintBuffer Visit(InterfaceTypeDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("interface"), node.Name.Accept(this), Interfaces(node.Interfaces), Directives(node.Directives), Block(All(node.Fields))));

    public PrintBuffer Visit(UnionTypeDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("union"), node.Name.Accept(this), Directives(node.Directives), Wrap("= ", Join(" | ", All(node.Types)))));

    public PrintBuffer Visit(EnumTypeDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("enum"), node.Name.Accept(this), Directives(node.Directives), Block(All(node.Values))));

    public PrintBuffer Visit(EnumValueDefinitionNode node) =>
        Concat(DescriptionLine(node.Description), Join(" ", node.Name.Accept(this), Directives(node.Directives)));

    public PrintBuffer Visit(InputObjectTypeDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Join(" ", Text("input"), node.Name.Accept(this), Directives(node.Directives), Block(All(node.Fields))));

    public PrintBuffer Visit(DirectiveDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Text("directive @"),
            node.Name.Accept(this),
            ArgumentDefinitions(node.Arguments),
            Text(node.Repeatable ? " repeatable" : string.Empty),
            Text(" on "),
            Join(" | ", All(node.Locations)));

    public PrintBuffer Visit(SchemaExtensionNode node) =>
        Join(" ", Text("extend schema"), Directives(node.Directives), Block(All(node.OperationTypes)));

    public PrintBuffer Visit(ScalarTypeExtensionNode node) =>
        Join(" ", Text("extend scalar"), node.Name.Accept(this), Directives(node.Directives));

    public PrintBuffer Visit(ObjectTypeExtensionNode node) =>
        Join(" ", Text("extend type"), node.Name.Accept(this), Interfaces(node.Interfaces), Directives(node.Directives), Block(All(node.Fields)));

    public PrintBuffer Visit(InterfaceTypeExtensionNode node) =>
        Join(" ", Text("extend interface"), node.Name.Accept(this), Interfaces(node.Interfaces), Directives(node.Directives), Block(All(node.Fields)));

    public PrintBuffer Visit(UnionTypeExtensionNode node) =>
        Join(" ", Text("extend union"), node.Name.Accept(this), Directives(node.Directives), Wrap("= ", Join(" | ", All(node.Types))));

    public PrintBuffer Visit(EnumTypeExtensionNode node) =>
        Join(" ", Text("extend enum"), node.Name.Accept(this), Directives(node.Directives), Block(All(node.Values)));

    public PrintBuffer Visit(InputObjectTypeExtensionNode node) =>
        Join(" ", Text("extend input"), node.Name.Accept(this), Directives(node.Directives), Block(All(node.Fields)));

    private PrintBuffer Interfaces(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(" & ", All(interfaces)));
}

using static Serverless.GraphQL.Language.PrintHelpers;

namespace Serverless.GraphQL.Language;

/// <summary>Operations, selections and fragments.</summary>
internal sealed partial class PrintVisitor
{
    public PrintBuffer Visit(OperationDefinitionNode node)
    {
        var variables = All(node.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join("\n", variables), "\n)")
            : Wrap("(", Join(", ", variables), ")");
        var operation = OperationName(node.Operation);
        var prefix = Concat(
            DescriptionLine(node.Description),
            Join(" ", Text(operation), Concat(Optional(node.Name), variableDefinitions), Directives(node.Directives)));

        // The anonymous query without variables or directives prints as the shorthand `{ … }`.
        var head = node.Operation == OperationType.Query && prefix.Length == operation.Length ? PrintBuffer.Empty : Concat(prefix, Text(" "));
        return Concat(head, node.SelectionSet.Accept(this));
    }

    public PrintBuffer Visit(VariableDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            node.Variable.Accept(this),
            Text(": "),
            node.Type.Accept(this),
            Wrap(" = ", Optional(node.DefaultValue)),
            Wrap(" ", Directives(node.Directives)));

    public PrintBuffer Visit(SelectionSetNode node) =>
        node.Selections.Count == 0 ? new PrintBuffer("{}") : Block(All(node.Selections));

    public PrintBuffer Visit(FieldNode node)
    {
        var prefix = Concat(Wrap(string.Empty, Optional(node.Alias), ": "), node.Name.Accept(this));
        return Concat(
            WrappedLineAndArgs(prefix, All(node.Arguments)),
            Wrap(" ", Directives(node.Directives)),
            Wrap(" ", Optional(node.SelectionSet)));
    }

    public PrintBuffer Visit(FragmentSpreadNode node) =>
        Concat(Concat(Text("..."), node.Name.Accept(this)), Wrap(" ", Directives(node.Directives)));

    public PrintBuffer Visit(InlineFragmentNode node) =>
        Join(" ", Text("..."), Wrap("on ", Optional(node.TypeCondition)), Directives(node.Directives), node.SelectionSet.Accept(this));

    public PrintBuffer Visit(FragmentDefinitionNode node) =>
        Concat(
            DescriptionLine(node.Description),
            Text("fragment "),
            node.Name.Accept(this),
            Text(" on "),
            node.TypeCondition.Accept(this),
            Text(" "),
            Wrap(string.Empty, Directives(node.Directives), " "),
            node.SelectionSet.Accept(this));

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "unknown operation type"),
    };
}

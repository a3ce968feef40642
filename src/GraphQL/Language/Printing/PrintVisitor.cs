using static Serverless.GraphQL.Language.PrintHelpers;

namespace Serverless.GraphQL.Language;

/// <summary>
/// Builds the print buffer of each node bottom-up, one method per node kind (graphql-js printDocASTReducer).
/// Each child's buffer is built exactly once and consumed by its parent.
/// </summary>
internal sealed partial class PrintVisitor : ISyntaxVisitor<PrintBuffer>
{
    public static readonly PrintVisitor Instance = new();

    public PrintBuffer Visit(NameNode node) => new(node.Value);

    public PrintBuffer Visit(DocumentNode node) => Join("\n\n", All(node.Definitions));

    public PrintBuffer Visit(VariableNode node) => Concat(Text("$"), node.Name.Accept(this));

    public PrintBuffer Visit(ArgumentNode node) => Concat(node.Name.Accept(this), Text(": "), node.Value.Accept(this));

    public PrintBuffer Visit(DirectiveNode node) =>
        Concat(Text("@"), node.Name.Accept(this), Wrap("(", Join(", ", All(node.Arguments)), ")"));

    public PrintBuffer Visit(IntValueNode node) => new(node.Value);

    public PrintBuffer Visit(FloatValueNode node) => new(node.Value);

    public PrintBuffer Visit(StringValueNode node) =>
        new(node.Block ? StringPrinter.Block(node.Value) : StringPrinter.Quote(node.Value));

    public PrintBuffer Visit(BooleanValueNode node) => new(node.Value ? "true" : "false");

    public PrintBuffer Visit(NullValueNode node) => new("null");

    public PrintBuffer Visit(EnumValueNode node) => new(node.Value);

    public PrintBuffer Visit(ListValueNode node)
    {
        var values = All(node.Values);
        return 2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Join("\n", values).Indent(), "\n]")
            : Concat(Text("["), Join(", ", values), Text("]"));
    }

    public PrintBuffer Visit(ObjectValueNode node)
    {
        var fields = All(node.Fields);
        return 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Concat(Text("{ "), Join(", ", fields), Text(" }"));
    }

    public PrintBuffer Visit(ObjectFieldNode node) => Concat(node.Name.Accept(this), Text(": "), node.Value.Accept(this));

    public PrintBuffer Visit(NamedTypeNode node) => node.Name.Accept(this);

    public PrintBuffer Visit(ListTypeNode node) => Concat(Text("["), node.Type.Accept(this), Text("]"));

    public PrintBuffer Visit(NonNullTypeNode node) => Concat(node.Type.Accept(this), Text("!"));

    private List<PrintBuffer> All(IReadOnlyList<SyntaxNode> nodes)
    {
        var buffers = new List<PrintBuffer>(nodes.Count);
        foreach (var node in nodes)
        {
            buffers.Add(node.Accept(this));
        }

        return buffers;
    }

    private PrintBuffer? Optional(SyntaxNode? node) => node?.Accept(this);

    /// <summary><c>description\n</c> before a definition, or nothing.</summary>
    private PrintBuffer DescriptionLine(StringValueNode? description) => Wrap(string.Empty, Optional(description), "\n");

    private PrintBuffer Directives(IReadOnlyList<DirectiveNode> directives) => Join(" ", All(directives));

    /// <summary>Argument definitions go one per line when any of them spans lines (e.g. has a description).</summary>
    private PrintBuffer ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var buffers = All(arguments);
        return HasMultilineItems(buffers)
            ? Wrap("(\n", Join("\n", buffers).Indent(), "\n)")
            : Wrap("(", Join(", ", buffers), ")");
    }
}

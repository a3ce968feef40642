using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Ast;

public sealed class SyntaxTreeTests
{
    [Fact]
    public void GetChildren_walks_the_tree_in_source_order()
    {
        var document = Parser.Parse("query Q($v: Int) { a(x: $v) @d { b } }");
        var names = Descendants(document).OfType<NameNode>().Select(n => n.Value);
        names.ShouldBe(["Q", "v", "Int", "a", "x", "v", "d", "b"]);
    }

    [Fact]
    public void Every_node_kind_dispatches_to_its_own_visit_method()
    {
        var document = Parser.Parse(
            "query Q($v: [Int!] = [1]) { a(f: 1.5, s: \"s\", b: true, n: null, e: E, o: {k: $v}) ...F ... on T { b } } " +
            "fragment F on T { c } schema { query: Q } extend schema @d scalar S extend scalar S @d " +
            "type T implements I { f(a: Int): Int } extend type T @d interface I { f: Int } extend interface I @d " +
            "union U = T extend union U @d enum E { A } extend enum E @d input In { a: Int } extend input In @d directive @d on FIELD");
        var visitor = new KindRecorder();
        var kinds = Descendants(document).Prepend(document).Select(node => node.Accept(visitor)).ToHashSet();

        // The recorder answers with the kind of the overload called, so each node must reach its own method.
        foreach (var node in Descendants(document))
        {
            node.Accept(visitor).ShouldBe(node.Kind);
        }

        kinds.ShouldBe(Enum.GetValues<NodeKind>().ToHashSet(), ignoreOrder: true);
    }

    [Fact]
    public void With_methods_copy_the_node_with_one_change()
    {
        var field = Parser.Parse("{ a(x: 1) }").Definitions[0].ShouldBeOfType<OperationDefinitionNode>()
            .SelectionSet.Selections[0].ShouldBeOfType<FieldNode>();
        var renamed = field.WithAlias(new NameNode(default, "b"));

        renamed.ShouldNotBeSameAs(field);
        renamed.Alias!.Value.ShouldBe("b");
        renamed.Arguments.ShouldBeSameAs(field.Arguments);
        field.Alias.ShouldBeNull();
        Printer.Print(renamed).ShouldBe("b: a(x: 1)");
    }

    [Fact]
    public void Constructors_reject_missing_required_children()
    {
        Should.Throw<ArgumentNullException>(() => new ArgumentNode(default, null!, new NullValueNode(default)));
    }

    [Fact]
    public void SyntaxVisitor_falls_back_to_DefaultVisit_so_a_walker_overrides_only_what_it_needs()
    {
        var counter = new FieldCounter();
        Parser.Parse("{ a { b c } ... on T { d } } fragment F on T { e }").Accept(counter);
        counter.Fields.ShouldBe(["a", "b", "c", "d", "e"]);
    }

    [Fact]
    public void NonNullType_cannot_wrap_a_non_null_type()
    {
        var inner = new NonNullTypeNode(default, new NamedTypeNode(default, new NameNode(default, "Int")));
        Should.Throw<ArgumentException>(() => new NonNullTypeNode(default, inner));
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        node.GetChildren().SelectMany(child => Descendants(child).Prepend(child));

    private sealed class FieldCounter : SyntaxVisitor<int>
    {
        public List<string> Fields { get; } = [];

        public override int Visit(FieldNode node)
        {
            Fields.Add(node.Name.Value);
            return DefaultVisit(node);
        }

        protected override int DefaultVisit(SyntaxNode node) => node.GetChildren().Sum(child => child.Accept(this)) + 1;
    }
}

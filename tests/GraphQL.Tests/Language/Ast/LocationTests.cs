using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Ast;

public sealed class LocationTests
{
    [Fact]
    public void Node_locations_span_from_first_to_last_token()
    {
        const string source = "query Q {\n  alias: field(arg: [1, 2]) @dir\n}";
        var operation = Parser.Parse(source).Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        var field = operation.SelectionSet.Selections[0].ShouldBeOfType<FieldNode>();

        source[operation.Location.Start..operation.Location.End].ShouldBe(source);
        source[field.Location.Start..field.Location.End].ShouldBe("alias: field(arg: [1, 2]) @dir");
        source[field.Arguments[0].Value.Location.Start..field.Arguments[0].Value.Location.End].ShouldBe("[1, 2]");
        (field.Location.Line, field.Location.Column).ShouldBe((2, 3));
        (field.Directives[0].Location.Line, field.Directives[0].Location.Column).ShouldBe((2, 29));
    }

    [Fact]
    public void Columns_count_utf16_units_like_graphql_js()
    {
        // "😀" is 4 UTF-8 bytes and 2 UTF-16 units; "é" is 2 bytes and 1 unit.
        var operation = Parser.Parse("{ a(x: \"é😀\") b }").Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        var b = operation.SelectionSet.Selections[1].ShouldBeOfType<FieldNode>();
        b.Location.Start.ShouldBe(17);
        (b.Location.Line, b.Location.Column).ShouldBe((1, 15));
    }

    [Fact]
    public void Lines_count_crlf_as_one_terminator()
    {
        var operation = Parser.Parse("{\r\n a\r b\n\n c }").Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        operation.SelectionSet.Selections.Select(s => s.Location.Line).ShouldBe([2, 3, 5]);
    }

    [Fact]
    public void Synthesized_nodes_have_no_source()
    {
        var name = new NameNode(default, "x");
        name.Location.Source.ShouldBeNull();
        (name.Location.Line, name.Location.Column).ShouldBe((0, 0));
    }
}

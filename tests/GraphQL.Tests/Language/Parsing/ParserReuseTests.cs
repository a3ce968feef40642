using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Parsing;

/// <summary>
/// The parser reuses its name table and scratch stack from one parse to the next on a thread and defers the dedent
/// of block strings: neither may leak anything from one document into another or change a value.
/// </summary>
public sealed class ParserReuseTests
{
    [Fact]
    public void Names_of_an_earlier_document_do_not_leak_into_the_next_one()
    {
        var large = new StringBuilder("type Query {");
        for (var i = 0; i < 2000; i++)
        {
            large.Append(" field").Append(i).Append(": Int");
        }

        Parser.Parse(large.Append(" }").ToString());
        var small = Parser.Parse("{ field7 other }");

        var selections = small.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections;
        selections.Select(selection => ((FieldNode)selection).Name.Value).ShouldBe(["field7", "other"]);
    }

    [Fact]
    public void A_parse_after_a_syntax_error_sees_only_its_own_document()
    {
        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: [1, 2 { b } }"));

        var document = Parser.Parse("{ c d }");

        var selections = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections;
        selections.Select(selection => ((FieldNode)selection).Name.Value).ShouldBe(["c", "d"]);
    }

    [Fact]
    public void Equal_names_in_one_document_are_one_string()
    {
        var document = Parser.Parse("{ sameName sameName }");

        var selections = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections;
        ((FieldNode)selections[0]).Name.Value.ShouldBeSameAs(((FieldNode)selections[1]).Name.Value);
    }

    [Fact]
    public void A_parsed_block_string_has_the_dedented_value_and_keeps_it()
    {
        var document = Parser.Parse("\"\"\"\n    first\n      second \\\"\"\"\n\"\"\"\ntype T { f: Int }");

        var description = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<ObjectTypeDefinitionNode>().Description.ShouldNotBeNull();
        description.Block.ShouldBeTrue();
        description.Value.ShouldBe("first\n  second \"\"\"");
        description.Value.ShouldBeSameAs(description.Value);
    }
}

using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Parsing;

public sealed class ParserTests
{
    public static TheoryData<string, string, int, int> SyntaxErrors => new()
    {
        { "{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4 },
        { "", "Syntax Error: Unexpected <EOF>.", 1, 1 },
        { "{}", "Syntax Error: Expected Name, found \"}\".", 1, 2 },
        { "notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1 },
        { "query Q($a Int) { a }", "Syntax Error: Expected \":\", found Name \"Int\".", 1, 12 },
        { "query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19 },
        { "query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19 },
        { "fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10 },
        { "fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12 },
        { "{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10 },
        { "directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17 },
        { "directive @d(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 22 },
        { "\"doc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1 },
        { "\"doc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1 },
        { "extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "extend scalar S { }", "Syntax Error: Unexpected \"{\".", 1, 17 },
        { "extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8 },
        { "schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16 },
        { "type T { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12 },
        { "{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8 },
        { "{ a(b: \"x\") @ }", "Syntax Error: Expected Name, found \"}\".", 1, 15 },
        { "query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17 },
        { "{\n  a\n  b(x: 1.)\n}", "Syntax Error: Invalid number, expected digit but got: \")\".", 3, 10 },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Parse_rejects_invalid_documents_with_message_and_location(string source, string message, int line, int column)
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(source));
        error.ShouldNotBeOfType<ParserLimitException>();
        error.Message.ShouldBe(message);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Parse_builds_operation_with_variables_directives_and_selections()
    {
        var document = Parser.Parse("query Q($id: ID! = \"1\" @v, $n: [Int]) @op { alias: user(id: $id) @skip(if: false) { name } }");

        var operation = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>();
        operation.Operation.ShouldBe(OperationType.Query);
        operation.Name!.Value.ShouldBe("Q");
        operation.Directives.ShouldHaveSingleItem().Name.Value.ShouldBe("op");
        operation.VariableDefinitions.Count.ShouldBe(2);
        var id = operation.VariableDefinitions[0];
        id.Variable.Name.Value.ShouldBe("id");
        id.Type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<NamedTypeNode>().Name.Value.ShouldBe("ID");
        id.DefaultValue.ShouldBeOfType<StringValueNode>().Value.ShouldBe("1");
        id.Directives.ShouldHaveSingleItem().Name.Value.ShouldBe("v");
        operation.VariableDefinitions[1].Type.ShouldBeOfType<ListTypeNode>().Type.ShouldBeOfType<NamedTypeNode>();

        var field = operation.SelectionSet.Selections.ShouldHaveSingleItem().ShouldBeOfType<FieldNode>();
        field.Alias!.Value.ShouldBe("alias");
        field.Name.Value.ShouldBe("user");
        field.Arguments.ShouldHaveSingleItem().Value.ShouldBeOfType<VariableNode>().Name.Value.ShouldBe("id");
        field.Directives.ShouldHaveSingleItem().Arguments.ShouldHaveSingleItem().Value.ShouldBeOfType<BooleanValueNode>().Value.ShouldBeFalse();
        field.SelectionSet!.Selections.ShouldHaveSingleItem().ShouldBeOfType<FieldNode>().SelectionSet.ShouldBeNull();
    }

    [Fact]
    public void Parse_reads_shorthand_query_as_anonymous_query()
    {
        var operation = Parser.Parse("{ a }").Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>();
        operation.Operation.ShouldBe(OperationType.Query);
        operation.Name.ShouldBeNull();
        operation.VariableDefinitions.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_distinguishes_fragment_spreads_and_inline_fragments()
    {
        var selections = Parser.Parse("{ ...F @d ... on T { a } ... @include(if: $x) { b } }")
            .Definitions[0].ShouldBeOfType<OperationDefinitionNode>().SelectionSet.Selections;

        selections[0].ShouldBeOfType<FragmentSpreadNode>().Name.Value.ShouldBe("F");
        selections[0].Directives.ShouldHaveSingleItem();
        selections[1].ShouldBeOfType<InlineFragmentNode>().TypeCondition!.Name.Value.ShouldBe("T");
        var untyped = selections[2].ShouldBeOfType<InlineFragmentNode>();
        untyped.TypeCondition.ShouldBeNull();
        untyped.Directives.ShouldHaveSingleItem().Name.Value.ShouldBe("include");
    }

    [Fact]
    public void Parse_reads_every_value_literal_kind()
    {
        var value = Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, null, ENUM, $v, {a: [], b: {}}]").ShouldBeOfType<ListValueNode>();

        value.Values[0].ShouldBeOfType<IntValueNode>().Value.ShouldBe("1");
        value.Values[1].ShouldBeOfType<FloatValueNode>().Value.ShouldBe("-2.5e3");
        value.Values[2].ShouldBeOfType<StringValueNode>().Block.ShouldBeFalse();
        value.Values[3].ShouldBeOfType<StringValueNode>().Block.ShouldBeTrue();
        value.Values[4].ShouldBeOfType<BooleanValueNode>().Value.ShouldBeTrue();
        value.Values[5].ShouldBeOfType<NullValueNode>();
        value.Values[6].ShouldBeOfType<EnumValueNode>().Value.ShouldBe("ENUM");
        value.Values[7].ShouldBeOfType<VariableNode>().Name.Value.ShouldBe("v");
        var obj = value.Values[8].ShouldBeOfType<ObjectValueNode>();
        obj.Fields.Select(f => f.Name.Value).ShouldBe(["a", "b"]);
        obj.Fields[0].Value.ShouldBeOfType<ListValueNode>().Values.ShouldBeEmpty();
    }

    [Fact]
    public void ParseType_reads_nested_list_and_non_null_types()
    {
        var type = Parser.ParseType("[[String!]]!").ShouldBeOfType<NonNullTypeNode>();
        var outer = type.Type.ShouldBeOfType<ListTypeNode>();
        var inner = outer.Type.ShouldBeOfType<ListTypeNode>();
        inner.Type.ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<NamedTypeNode>().Name.Value.ShouldBe("String");
    }

    [Fact]
    public void ParseValue_rejects_trailing_tokens()
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));
        error.Message.ShouldBe("Syntax Error: Expected <EOF>, found Int \"2\".");
    }

    [Fact]
    public void Parse_accepts_executable_and_type_system_definitions_in_one_document()
    {
        var document = Parser.Parse("type Query { a: Int } { a }");
        document.Definitions[0].ShouldBeOfType<ObjectTypeDefinitionNode>();
        document.Definitions[1].ShouldBeOfType<OperationDefinitionNode>();
    }

    [Fact]
    public void Parse_reads_descriptions_on_executable_definitions()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");
        var operation = document.Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        operation.Description!.Value.ShouldBe("op");
        operation.VariableDefinitions[0].Description!.Value.ShouldBe("var");
        document.Definitions[1].ShouldBeOfType<FragmentDefinitionNode>().Description!.Block.ShouldBeTrue();
    }

    [Fact]
    public void Parse_accepts_utf8_bytes_and_strings_alike()
    {
        const string source = "{ a(s: \"é😀\") }";
        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));
        Printer.Print(fromBytes).ShouldBe(Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Parse_interns_repeated_names()
    {
        var operation = Parser.Parse("{ user { id } other { id } }").Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        var first = ((FieldNode)((FieldNode)operation.SelectionSet.Selections[0]).SelectionSet!.Selections[0]).Name.Value;
        var second = ((FieldNode)((FieldNode)operation.SelectionSet.Selections[1]).SelectionSet!.Selections[0]).Name.Value;
        ReferenceEquals(first, second).ShouldBeTrue();
    }

    [Fact]
    public void Parse_rejects_lone_surrogates_in_dotnet_strings()
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{ a(s: \"\ud83d\") }"));
        error.Message.ShouldBe("Syntax Error: Invalid character: U+D83D.");
    }

    [Fact]
    public void Parse_rejects_invalid_utf8_bytes_with_their_offset()
    {
        byte[] source = [(byte)'{', (byte)' ', 0xFF, (byte)'}'];
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(source));
        error.Position.ShouldBe(2);
        error.Message.ShouldStartWith("Syntax Error: Invalid character");
    }
}

using System.Text.Json;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class ValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Sort { ASC DESC }
        input Filter { name: String! limit: Int = 10 sort: [Sort!] nested: Filter }
        input Pick @oneOf { id: ID byName: String }
        type Query { find(filter: Filter, pick: Pick): Int }
        """);

    private static GraphQLType Type(string source) => Resolve(Parser.ParseType(source));

    private static GraphQLType Resolve(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
        ListTypeNode list => new ListType(Resolve(list.Type)),
        _ => Schema.GetType(((NamedTypeNode)node).Name.Value)!,
    };

    [Fact]
    public void Literal_input_object_gets_defaults_and_enum_internal_values()
    {
        var value = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputLiteral(Parser.ParseValue("{ name: \"x\", sort: DESC }"), Type("Filter"))!;

        value.Keys.ShouldBe(["name", "limit", "sort"]);
        value["name"].ShouldBe("x");
        value["limit"].ShouldBe(10);
        value["sort"].ShouldBe(new object?[] { "DESC" });
    }

    [Fact]
    public void Literal_variables_come_from_coerced_values_and_missing_ones_count_as_absent()
    {
        var variables = new Dictionary<string, object?> { ["n"] = "bob" };

        var value = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputLiteral(Parser.ParseValue("{ name: $n, limit: $missing }"), Type("Filter"), variables)!;

        value["name"].ShouldBe("bob");
        value["limit"].ShouldBe(10);
        Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputLiteral(Parser.ParseValue("$missing"), Type("Int!"), variables))
            .Message.ShouldBe("Expected variable \"$missing\" provided to type \"Int!\" to provide a runtime value.");
    }

    [Theory]
    [InlineData("{ limit: 1 }", "Filter", "Expected value of type \"Filter\" to include required field \"name\", found: { limit: 1 }.")]
    [InlineData("{ name: \"a\", bogus: 1 }", "Filter", "Expected value of type \"Filter\" not to include unknown field \"bogus\", found: { name: \"a\", bogus: 1 }.")]
    [InlineData("null", "Int!", "Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("[1, 2.5]", "[Int]", "Int cannot represent non-integer value: 2.5")]
    [InlineData("{ id: 1, byName: \"x\" }", "Pick", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("{ id: null }", "Pick", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("\"ASC\"", "Sort", "Enum \"Sort\" cannot represent non-enum value: \"ASC\". Did you mean the enum value \"ASC\" or \"DESC\"?")]
    public void Invalid_literals_are_rejected_with_graphql_js_messages(string literal, string type, string message) =>
        Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputLiteral(Parser.ParseValue(literal), Type(type))).Message.ShouldBe(message);

    [Fact]
    public void Single_value_is_wrapped_where_a_list_is_expected()
    {
        ValueCoercion.CoerceInputLiteral(Parser.ParseValue("3"), Type("[Int]")).ShouldBe(new object?[] { 3 });
        ValueCoercion.CoerceInputValue(3L, Type("[[Int]]")).ShouldBe(new object?[] { new object?[] { 3 } });
    }

    [Fact]
    public void One_of_literal_with_exactly_one_non_null_field_is_accepted()
    {
        var value = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputLiteral(Parser.ParseValue("{ id: 7 }"), Type("Pick"))!;

        value.ShouldBe(new Dictionary<string, object?> { ["id"] = "7" });
    }

    [Fact]
    public void Json_variable_values_are_coerced_with_the_error_path()
    {
        using var document = JsonDocument.Parse("""{ "name": "a", "nested": { "name": "b", "sort": ["ASC", "UP"] } }""");

        var error = Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputValue(document.RootElement, Type("Filter")));

        error.Message.ShouldBe("Value \"UP\" does not exist in \"Sort\" enum.");
        error.ValuePath.ShouldBe(["nested", "sort", 1]);
    }

    [Fact]
    public void Neutral_variable_values_are_coerced_to_internal_values()
    {
        var input = new Dictionary<string, object?> { ["name"] = "a", ["sort"] = "ASC" };

        var value = (IReadOnlyDictionary<string, object?>)ValueCoercion.CoerceInputValue(input, Type("Filter!"))!;

        value["sort"].ShouldBe(new object?[] { "ASC" });
        value["limit"].ShouldBe(10);
    }

    [Fact]
    public void One_of_variable_value_with_two_fields_is_rejected()
    {
        var input = new Dictionary<string, object?> { ["id"] = "1", ["byName"] = null };

        Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputValue(input, Type("Pick")))
            .Message.ShouldStartWith("Within OneOf Input Object type \"Pick\"");
    }

    [Fact]
    public void One_of_variable_value_with_its_field_null_is_reported_at_the_field()
    {
        var error = Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["id"] = null }, Type("Pick")));

        error.ValuePath.ShouldBe(["id"]);
    }

    [Fact]
    public void Validate_input_value_lists_every_problem_in_graphql_js_order()
    {
        using var json = JsonDocument.Parse("""{ "unknown": 1, "sort": ["ASC", "UP", 3], "nested": { "limit": "x" } }""");

        var errors = ValueCoercion.ValidateInputValue(json.RootElement, Type("Filter"));

        errors.Select(e => (string.Concat(e.ValuePath.Select(k => k is int i ? $"[{i}]" : $".{k}")), e.Message)).ShouldBe(
        [
            ("", "Expected value of type \"Filter\" to include required field \"name\", found: { unknown: 1, sort: [\"ASC\", \"UP\", 3], nested: { limit: \"x\" } }."),
            (".sort[1]", "Value \"UP\" does not exist in \"Sort\" enum."),
            (".sort[2]", "Enum \"Sort\" cannot represent non-string value: 3."),
            (".nested", "Expected value of type \"Filter\" to include required field \"name\", found: { limit: \"x\" }."),
            (".nested.limit", "Int cannot represent non-integer value: \"x\""),
            ("", "Expected value of type \"Filter\" not to include unknown field \"unknown\", found: { unknown: 1, sort: [\"ASC\", \"UP\", 3], nested: { limit: \"x\" } }."),
        ]);
        ValueCoercion.ValidateInputValue(new Dictionary<string, object?> { ["name"] = "ok" }, Type("Filter")).ShouldBeEmpty();
    }

    [Fact]
    public void Variable_string_is_not_an_int()
    {
        var error = Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputValue(new object?[] { 1L, "2" }, Type("[Int]")));

        error.Message.ShouldBe("Int cannot represent non-integer value: \"2\"");
        error.ValuePath.ShouldBe([1]);
    }

    [Fact]
    public void Ast_from_value_prints_internal_values_as_literals()
    {
        var value = new Dictionary<string, object?> { ["name"] = "x", ["limit"] = 3, ["sort"] = new object?[] { "ASC" } };

        Printer.Print(ValueCoercion.AstFromValue(value, Type("Filter"))!).ShouldBe("{ name: \"x\", limit: 3, sort: [ASC] }");
        Printer.Print(ValueCoercion.AstFromValue(null, Type("Int"))!).ShouldBe("null");
        ValueCoercion.AstFromValue(null, Type("Int!")).ShouldBeNull();
    }

    [Fact]
    public void Scalars_and_enums_share_the_leaf_type_surface()
    {
        LeafType[] leaves = [ScalarType.Int, (EnumType)Schema.GetType("Sort")!];

        leaves.Select(leaf => leaf.ParseLiteral(Parser.ParseValue(leaf is EnumType ? "DESC" : "7"))).ShouldBe(new object?[] { 7, "DESC" });
        leaves.Select(leaf => Printer.Print(leaf.ValueToLiteral(leaf is EnumType ? "ASC" : 3)!)).ShouldBe(["3", "ASC"]);
        ((EnumType)leaves[1]).ValueToLiteral("NOPE").ShouldBeNull();
    }

    [Fact]
    public void Host_scalar_failing_with_a_framework_exception_is_reported_like_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl("scalar Strict type Query { f(s: Strict): Int }", new SchemaBuildOptions
        {
            Scalars = new Dictionary<string, IScalarCoercion> { ["Strict"] = new FormatFailingCoercion() },
        });

        var error = Should.Throw<CoercionException>(() => ValueCoercion.CoerceInputValue(new object?[] { "x" }, new ListType(schema.GetType("Strict")!)));

        error.Message.ShouldBe("Expected value of type \"Strict\", but encountered error \"bad format\"; found: \"x\".");
        error.ValuePath.ShouldBe([0]);
    }

    [Fact]
    public void Value_from_ast_untyped_reads_json_like_values()
    {
        ValueCoercion.ValueFromAstUntyped(Parser.ParseValue("[1, 2.5, \"s\", true, null, ENUM]"))
            .ShouldBe(new List<object?> { 1L, 2.5, "s", true, null, "ENUM" });
    }

    private sealed class FormatFailingCoercion : IScalarCoercion
    {
        public object? Serialize(object? value) => value;

        public object? ParseValue(object? value) => throw new FormatException("bad format");

        public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => throw new FormatException("bad format");

        public ValueNode? ValueToLiteral(object? value) => null;
    }
}

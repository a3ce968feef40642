using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Printing;

public sealed class PrinterTests
{
    public static TheoryData<string, string> RoundTrips => new()
    {
        // source, expected graphql-js print() output (verified against graphql@17.1.0)
        { "query { a }", "{\n  a\n}" },
        { "query Q { a }", "query Q {\n  a\n}" },
        { "mutation { a }", "mutation {\n  a\n}" },
        { "{ a(b: 1) @d { c } }", "{\n  a(b: 1) @d {\n    c\n  }\n}" },
        { "{ ... on T { a } ...F }", "{\n  ... on T {\n    a\n  }\n  ...F\n}" },
        { "fragment F on T @d { a }", "fragment F on T @d {\n  a\n}" },
        { "query Q($a: [Int!]! = [1, 2] @d) { a }", "query Q($a: [Int!]! = [1, 2] @d) {\n  a\n}" },
        { "{ a(o: {x: 1, y: \"s\"}) }", "{\n  a(o: { x: 1, y: \"s\" })\n}" },
        { "{ a(s: \"tab\\there \\u0001\") }", "{\n  a(s: \"tab\\there \\u0001\")\n}" },
        {
            "{ field(argumentNumberOne: \"aaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbb\", three: 3) }",
            "{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbb\"\n    three: 3\n  )\n}"
        },
        { "type T implements A & B @d { f(a: Int = 1): [T!]! }", "type T implements A & B @d {\n  f(a: Int = 1): [T!]!\n}" },
        { "type T { \"doc\" f(\"arg\" a: Int): Int }", "type T {\n  \"doc\"\n  f(\n    \"arg\"\n    a: Int\n  ): Int\n}" },
        { "\"\"\"Type doc\"\"\" scalar S", "\"\"\"Type doc\"\"\"\nscalar S" },
        { "union U = A | B", "union U = A | B" },
        { "enum E { A B }", "enum E {\n  A\n  B\n}" },
        { "directive @d(a: Int) repeatable on FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY" },
        { "extend schema @d", "extend schema @d" },
        { "extend type T { a: Int }", "extend type T {\n  a: Int\n}" },
        { "schema { query: Q }", "schema {\n  query: Q\n}" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Print_matches_graphql_js_layout(string source, string expected)
    {
        Printer.Print(Parser.Parse(source)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Print_lays_out_block_strings_so_they_round_trip(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode(default, value, block: true));
        printed.ShouldBe(expected);
        Parser.ParseValue(printed).ShouldBeOfType<StringValueNode>().Value.ShouldBe(value);
    }

    [Fact]
    public void Print_escapes_control_characters_in_quoted_strings()
    {
        Printer.Print(new StringValueNode(default, "a\"b\\c\u0000\u007f\u0085é", block: false))
            .ShouldBe("\"a\\\"b\\\\c\\u0000\\u007F\\u0085é\"");
    }

    [Fact]
    public void Print_indents_block_string_descriptions_inside_types()
    {
        Printer.Print(Parser.Parse("type T {\n  \"\"\"\n  Line one\n  Line two\n  \"\"\"\n  f: Int\n}"))
            .ShouldBe("type T {\n  \"\"\"\n  Line one\n  Line two\n  \"\"\"\n  f: Int\n}");
    }

    [Fact]
    public void ToString_prints_the_node()
    {
        Parser.ParseType("[Int!]").ToString().ShouldBe("[Int!]");
    }
}

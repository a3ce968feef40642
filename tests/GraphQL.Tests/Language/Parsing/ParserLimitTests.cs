using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Parsing;

public sealed class ParserLimitTests
{
    [Fact]
    public void MaxTokens_allows_exactly_the_limit()
    {
        // { a b } is four tokens.
        Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 4 }).Definitions.ShouldHaveSingleItem();
    }

    [Fact]
    public void MaxTokens_rejects_one_token_more()
    {
        var error = Should.Throw<ParserLimitException>(() => Parser.Parse("{ a b }", new ParserOptions { MaxTokens = 3 }));
        error.Limit.ShouldBe(ParserLimit.MaxTokens);
        error.Maximum.ShouldBe(3);
        error.Message.ShouldBe("Syntax Error: Document contains more than 3 tokens. Parsing aborted.");
        (error.Line, error.Column).ShouldBe((1, 7));
    }

    [Fact]
    public void MaxDepth_allows_exactly_the_limit()
    {
        Parser.Parse("{ a { b { c } } }", new ParserOptions { MaxDepth = 3 }).Definitions.ShouldHaveSingleItem();
        Parser.ParseValue("[[[1]]]", new ParserOptions { MaxDepth = 3 }).ShouldBeOfType<ListValueNode>();
    }

    [Fact]
    public void MaxDepth_rejects_selection_sets_one_level_deeper()
    {
        var error = Should.Throw<ParserLimitException>(() => Parser.Parse("{ a { b { c { d } } } }", new ParserOptions { MaxDepth = 3 }));
        error.Limit.ShouldBe(ParserLimit.MaxDepth);
        error.Message.ShouldBe("Syntax Error: Document exceeds the maximum nesting depth of 3. Parsing aborted.");
        (error.Line, error.Column).ShouldBe((1, 15));
    }

    [Fact]
    public void MaxDepth_counts_list_and_object_values_inside_selections()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Parser.Parse("{ a(x: {y: [1]}) }", options).Definitions.ShouldHaveSingleItem();
        Should.Throw<ParserLimitException>(() => Parser.Parse("{ a(x: {y: [[1]]}) }", options)).Limit.ShouldBe(ParserLimit.MaxDepth);
    }

    [Fact]
    public void MaxDepth_counts_list_types()
    {
        var options = new ParserOptions { MaxDepth = 2 };
        Parser.ParseType("[[Int]]", options).ShouldBeOfType<ListTypeNode>();
        Should.Throw<ParserLimitException>(() => Parser.ParseType("[[[Int]]]", options)).Limit.ShouldBe(ParserLimit.MaxDepth);
    }

    [Fact]
    public void Default_depth_limit_stops_deep_nesting_before_the_stack_does()
    {
        var source = new string('[', 100_000) + new string(']', 100_000);
        Should.Throw<ParserLimitException>(() => Parser.ParseValue(source)).Maximum.ShouldBe(ParserOptions.Default.MaxDepth);
    }

    [Fact]
    public void MaxSourceLength_allows_exactly_the_limit_in_utf8_bytes()
    {
        // "{ é }" is 6 UTF-8 bytes, and é is no name character, but the length check comes first.
        Parser.Parse("{ abc }", new ParserOptions { MaxSourceLength = 7 }).Definitions.ShouldHaveSingleItem();
    }

    [Fact]
    public void MaxSourceLength_rejects_one_byte_more()
    {
        var error = Should.Throw<ParserLimitException>(() => Parser.Parse("{ abcd }", new ParserOptions { MaxSourceLength = 7 }));
        error.Limit.ShouldBe(ParserLimit.MaxSourceLength);
        error.Message.ShouldBe("Syntax Error: Source contains more than 7 bytes. Parsing aborted.");
    }

    [Fact]
    public void MaxSourceLength_measures_utf8_not_utf16()
    {
        // Seven chars but nine bytes: "é" takes two bytes each.
        var error = Should.Throw<ParserLimitException>(() => Parser.Parse("{a(x:\"éé\")}", new ParserOptions { MaxSourceLength = 12 }));
        error.Limit.ShouldBe(ParserLimit.MaxSourceLength);
    }

    [Fact]
    public void Options_reject_nonsensical_limits()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = 0 });
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = -1 });
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxSourceLength = -1 });
    }

    [Fact]
    public void Limits_apply_to_utf8_input_too()
    {
        Should.Throw<ParserLimitException>(() => Parser.Parse("{ a b c }"u8, new ParserOptions { MaxTokens = 4 })).Limit.ShouldBe(ParserLimit.MaxTokens);
        Should.Throw<ParserLimitException>(() => Parser.ParseValue("[[1]]"u8, new ParserOptions { MaxDepth = 1 })).Limit.ShouldBe(ParserLimit.MaxDepth);
        Should.Throw<ParserLimitException>(() => Parser.ParseType("Int"u8, new ParserOptions { MaxSourceLength = 2 })).Limit.ShouldBe(ParserLimit.MaxSourceLength);
    }
}

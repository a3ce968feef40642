using Serverless.Core.Predicates;

namespace Serverless.Core.Tests.Predicates;

/// <summary>Grammar and error cases of reference §11.</summary>
public sealed class PredicateParserTests
{
    [Fact]
    public void Or_of_ands_parses_into_the_expected_tree()
    {
        var predicate = PredicateParser.Parse("field-exists(a) and not field-exists(b) or true");

        var or = predicate.ShouldBeOfType<OrPredicate>();
        var and = or.Left.ShouldBeOfType<AndPredicate>();
        and.Left.ShouldBeOfType<FieldExistsPredicate>().Fields.Single().Text.ShouldBe("a");
        and.Right.ShouldBeOfType<NotPredicate>().Operand.ShouldBeOfType<FieldExistsPredicate>();
        or.Right.ShouldBe(new ConstantPredicate(true));
    }

    [Theory]
    [InlineData("field-equals(field=a, value=1)")]
    [InlineData("field-type(field=a, type=string)")]
    [InlineData("path(/foo)")]
    [InlineData("method(GET)")]
    public void Names_other_than_the_three_predicates_are_rejected(string text) =>
        Should.Throw<PredicateSyntaxException>(() => PredicateParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("field-exists(")]
    [InlineData("field-exists()")]
    [InlineData("field-exists(a) and")]
    [InlineData("(true")]
    [InlineData("true)")]
    [InlineData("field-exists(a) field-exists(b)")]
    [InlineData("field-eq(field=a)")]
    [InlineData("field-eq(value=1)")]
    [InlineData("field-eq(a, 1)")]
    [InlineData("field-eq(field=a, value=1, other=2)")]
    [InlineData("field-eq(field=a, value='{bad')")]
    [InlineData("field-eq(field=a, value='\"open)")]
    [InlineData("value-eq()")]
    [InlineData("field-exists(a[x])")]
    [InlineData("field-exists(a..b)")]
    [InlineData("foo")]
    public void Malformed_predicates_are_rejected(string text)
    {
        PredicateParser.TryParse(text, out var predicate, out var error).ShouldBeFalse();
        predicate.ShouldBeNull();
        error.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Not_directly_followed_by_a_parenthesis_is_still_the_operator() =>
        PredicateParser.Parse("not(false)").ShouldBe(new NotPredicate(new ConstantPredicate(false)));

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var deep = new string('(', 100_000) + "true" + new string(')', 100_000);

        PredicateParser.TryParse(deep, out _, out var error).ShouldBeFalse();
        error.ShouldBe("predicate nests deeper than 64 levels");
        PredicateParser.TryParse(string.Concat(Enumerable.Repeat("not ", 100_000)) + "true", out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Moderate_nesting_parses() =>
        PredicateParser.Parse(new string('(', 60) + "true" + new string(')', 60)).ShouldBe(new ConstantPredicate(true));

    [Fact]
    public void Overlong_operator_chains_are_an_error()
    {
        PredicateParser.TryParse(string.Join(" or ", Enumerable.Repeat("true", 100_000)), out _, out var error).ShouldBeFalse();
        error.ShouldBe("predicate has more than 256 terms");
        PredicateParser.Parse(string.Join(" and ", Enumerable.Repeat("true", 200))).Evaluate(Serverless.Bson.BsonNull.Value).ShouldBeTrue();
    }
}

using Serverless.Bson;
using Serverless.Core.Predicates;

namespace Serverless.Core.Tests.Predicates;

/// <summary>The unit-test facts and examples of reference §11, evaluated against BSON values.</summary>
public sealed class PredicateEvaluationTests
{
    [Theory]
    [InlineData("field-exists(bar)", """{"bar": 1}""", true)]
    [InlineData("field-exists(foo)", """{"bar": 1}""", false)]
    [InlineData("field-exists(bar.foo)", """{"bar": {"foo": 1}}""", true)]
    [InlineData("field-exists(bar.not)", """{"bar": {"foo": 1}}""", false)]
    [InlineData("field-exists(sub.foo, bar)", """{"sub": {"foo": 1}, "bar": 2}""", true)]
    [InlineData("field-exists(sub.foo, bar)", """{"sub": {"foo": 1}}""", false)]
    [InlineData("field-exists(sub.foo, bar)", """{"bar": 2}""", false)]
    [InlineData("field-exists(sub.foo) or field-exists(bar)", """{"bar": 2}""", true)]
    [InlineData("field-exists(sub.foo) or field-exists(bar)", """{"baz": 2}""", false)]
    [InlineData("not field-exists(sub.external)", """{"sub": {"internal": true}}""", true)]
    [InlineData("not field-exists(sub.external)", """{"sub": {"external": false}}""", false)]
    public void Field_exists_requires_every_path(string predicate, string document, bool expected) =>
        Evaluate(predicate, document).ShouldBe(expected);

    [Fact]
    public void A_path_holding_null_exists() => Evaluate("field-exists(a.b)", """{"a": {"b": null}}""").ShouldBeTrue();

    [Theory]
    [InlineData("field-exists(a[1])", true)]
    [InlineData("field-exists(a[2])", false)]
    [InlineData("field-exists(a.1)", false)]
    [InlineData("field-eq(field=a[1], value='\"y\"')", true)]
    public void Array_indexes_are_written_in_brackets_not_dots(string predicate, bool expected) =>
        Evaluate(predicate, """{"a": ["x", "y"]}""").ShouldBe(expected);

    [Fact]
    public void A_key_on_an_array_of_documents_takes_the_first_element_having_it() =>
        Evaluate("field-eq(field=items.b, value=2)", """{"items": [{"a": 1}, {"b": 2}, {"b": 3}]}""").ShouldBeTrue();

    [Theory]
    [InlineData("field-eq(field=sub.external, value=true)", """{"sub": {"external": true}}""", true)]
    [InlineData("field-eq(field=sub.external, value=true)", """{"sub": {"external": "true"}}""", false)]
    [InlineData("field-eq(field=sub.string, value='\"a string\"')", """{"sub": {"string": "a string"}}""", true)]
    [InlineData("field-eq(field=bar, value='{\"a\":1}')", """{"bar": {"a": 1}}""", true)]
    [InlineData("field-eq(field=bar, value='{\"a\":1}')", """{"bar": {"a": 2}}""", false)]
    [InlineData("field-eq(field=missing, value=null)", """{"bar": 1}""", false)]
    [InlineData("field-eq(field=id, value='{\"$oid\":\"638e119a2d91516248b4781a\"}')", """{"id": {"$oid": "638e119a2d91516248b4781a"}}""", true)]
    [InlineData("field-eq(field=id, value='\"638e119a2d91516248b4781a\"')", """{"id": {"$oid": "638e119a2d91516248b4781a"}}""", false)]
    public void Field_eq_compares_with_the_parsed_extended_json(string predicate, string document, bool expected) =>
        Evaluate(predicate, document).ShouldBe(expected);

    [Theory]
    [InlineData("""{"n": 1}""", true)]
    [InlineData("""{"n": {"$numberLong": "1"}}""", false)]
    [InlineData("""{"n": 1.0}""", false)]
    public void Field_eq_is_type_sensitive(string document, bool expected) =>
        Evaluate("field-eq(field=n, value=1)", document).ShouldBe(expected);

    [Fact]
    public void Value_eq_compares_the_whole_resolved_value()
    {
        var predicate = PredicateParser.Parse("value-eq('\"circle\"')");
        predicate.Evaluate(new BsonString("circle")).ShouldBeTrue();
        predicate.Evaluate(new BsonString("square")).ShouldBeFalse();
        PredicateParser.Parse("value-eq(value=3)").Evaluate(3).ShouldBeTrue();
    }

    [Fact]
    public void Field_predicates_on_a_scalar_value_are_false() =>
        PredicateParser.Parse("field-exists(a)").Evaluate(new BsonString("a")).ShouldBeFalse();

    [Theory]
    [InlineData("true or false and false", true)]
    [InlineData("(true or false) and false", false)]
    [InlineData("not false and false", false)]
    [InlineData("not (false and false)", true)]
    [InlineData("false or not false", true)]
    [InlineData("not not true", true)]
    public void Not_binds_tighter_than_and_which_binds_tighter_than_or(string predicate, bool expected) =>
        Evaluate(predicate, "{}").ShouldBe(expected);

    [Fact]
    public void Double_quoted_values_accept_escaped_quotes() =>
        Evaluate("field-eq(field=s, value=\"\\\"q\\\"\")", """{"s": "q"}""").ShouldBeTrue();

    [Fact]
    public void Array_parameters_can_be_written_in_braces() =>
        Evaluate("field-exists(fields={a, b})", """{"a": 1, "b": 2}""").ShouldBeTrue();

    private static bool Evaluate(string predicate, string json) =>
        PredicateParser.Parse(predicate).Evaluate(ExtendedJson.ParseDocument(json));
}

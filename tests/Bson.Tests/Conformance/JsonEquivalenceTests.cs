namespace Serverless.Bson.Tests.Conformance;

/// <summary>The corpus suite is only as strict as its JSON comparison; these pin down what it tells apart.</summary>
public sealed class JsonEquivalenceTests
{
    [Theory]
    [InlineData("""{"a" : "\u00e9"}""", """{"a":"é"}""")]
    [InlineData("""{ "a": [1, {"b": null}] }""", """{"a":[1,{"b":null}]}""")]
    [InlineData("""{"a": "\/"}""", """{"a":"/"}""")]
    public void Whitespace_and_escaping_do_not_matter(string expected, string actual)
    {
        JsonEquivalence.Difference(expected, actual).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"d": 1.0}""", """{"d":1}""")]
    [InlineData("""{"d": 1E+18}""", """{"d":1e18}""")]
    [InlineData("""{"a": 1, "b": 2}""", """{"b":2,"a":1}""")]
    [InlineData("""{"a": 1}""", """{"a":1,"a":1}""")]
    [InlineData("""{"a": [1]}""", """{"a":[1,1]}""")]
    [InlineData("""{"a": "1"}""", """{"a":1}""")]
    [InlineData("""{"a": true}""", """{"a":false}""")]
    public void Number_text_key_order_and_kinds_do(string expected, string actual)
    {
        JsonEquivalence.Difference(expected, actual).ShouldNotBeNull();
    }
}

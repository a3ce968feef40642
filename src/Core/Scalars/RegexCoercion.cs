using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>The <c>Regex</c> scalar (§12): <c>{"$regularExpression": {pattern, options}}</c> out, a string (no options) in.</summary>
public sealed class RegexCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        BsonRegularExpression regex => RelaxedJsonResult.Regex(regex),
        _ => throw ScalarErrors.CannotSerialize("Regex", "BsonRegularExpression", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        string pattern => new BsonRegularExpression(pattern),
        BsonRegularExpression regex => regex,
        _ => throw ScalarErrors.WrongValue("Regex", "a string", value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text ? new BsonRegularExpression(text.Value) : throw ScalarErrors.WrongLiteral("StringValue", literal);
    }

    // Only option-less patterns round-trip: the string input form has no place for options.
    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonRegularExpression { Options.Length: 0 } regex ? new StringValueNode(default, regex.Pattern, block: false) : null;
}

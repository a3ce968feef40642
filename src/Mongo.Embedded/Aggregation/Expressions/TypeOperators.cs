using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $type, $isNumber, $convert and the $toX shorthands (manual "Type Expression Operators"). The shorthands
/// give null for null or missing input and fail on a bad conversion; $convert can supply onNull/onError.
/// </summary>
internal static class TypeOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$type", 1, 1, v => new BsonString(TypeNames.Of(v[0])));
        table.Function("$isNumber", 1, 1, v => BsonBoolean.Create(Numbers.IsNumber(v[0])));
        foreach (var (name, target) in new[]
        {
            ("$toString", "string"), ("$toInt", "int"), ("$toLong", "long"), ("$toDouble", "double"), ("$toDecimal", "decimal"),
            ("$toBool", "bool"), ("$toObjectId", "objectId"), ("$toDate", "date"),
        })
        {
            table.Function(name, 1, 1, v => TypeNames.IsNullish(v[0]) ? BsonNull.Value : TypeConversion.Convert(v[0]!, target));
        }

        table.Special("$convert", ParseConvert);
    }

    private static DelegateExpression ParseConvert(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$convert", argument, 40159, "input", "to", "onError", "onNull", "format", "byteOrder", "base");
        if (named.ContainsKey("format") || named.ContainsKey("byteOrder") || named.ContainsKey("base"))
        {
            throw AggregationErrors.NotImplemented("$convert with format, byteOrder or base");
        }

        var input = ExpressionParser.Required(named, "input", "$convert", 40160);
        var to = ExpressionParser.Required(named, "to", "$convert", 40161);
        var onError = ExpressionParser.Optional(named, "onError");
        var onNull = ExpressionParser.Optional(named, "onNull");
        return new DelegateExpression((root, variables) =>
        {
            var value = input.Evaluate(root, variables);
            var target = TypeConversion.TargetName(to.Evaluate(root, variables));
            if (TypeNames.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(root, variables);
            }

            if (onError is null)
            {
                return TypeConversion.Convert(value!, target);
            }

            try
            {
                return TypeConversion.Convert(value!, target);
            }
            catch (AggregationException e) when (e.Code == 241)
            {
                // Manual "$convert": onError replaces the result of a failed conversion, and only that.
                return onError.Evaluate(root, variables);
            }
        });
    }
}
